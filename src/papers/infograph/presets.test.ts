import { describe, expect, it } from 'vitest';
import { presetProblems } from '../../core/params/presetProblems';
import { infographSchema } from './params';
import { infographPresets } from './presets';

describe('infographPresets', () => {
  it('has tiny, default, paper-like, the two claims presets and bench, all valid against the schema', () => {
    expect(Object.keys(infographPresets)).toEqual(['tiny', 'default', 'paper-like', 'claims', 'claims-motif', 'bench']);
    expect(presetProblems(infographSchema, infographPresets)).toEqual([]);
  });
});
