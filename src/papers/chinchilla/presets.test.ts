import { describe, expect, it } from 'vitest';
import { presetProblems } from '../../core/params/presetProblems';
import { chinchillaSchema } from './params';
import { chinchillaPresets } from './presets';

describe('chinchillaPresets', () => {
  it('has tiny, default, paper-like and claims, all valid against the schema', () => {
    expect(Object.keys(chinchillaPresets)).toEqual(['tiny', 'default', 'paper-like', 'claims']);
    expect(presetProblems(chinchillaSchema, chinchillaPresets)).toEqual([]);
  });
});
