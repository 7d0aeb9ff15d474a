import { describe, expect, it } from 'vitest';
import { presetProblems } from '../../core/params/presetProblems';
import { crystalSchema } from './params';
import { crystalPresets } from './presets';

describe('crystalPresets', () => {
  it('are valid against the schema', () => {
    expect(presetProblems(crystalSchema, crystalPresets)).toEqual([]);
  });
});
