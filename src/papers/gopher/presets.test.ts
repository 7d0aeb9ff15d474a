import { describe, expect, it } from 'vitest';
import { presetProblems } from '../../core/params/presetProblems';
import { presetParams } from '../../core/params/presets';
import { gopherSchema } from './params';
import { gopherPresets } from './presets';

describe('gopherPresets', () => {
  it('has tiny, default, paper-like and claims, all valid against the schema', () => {
    expect(Object.keys(gopherPresets)).toEqual(['tiny', 'default', 'paper-like', 'claims']);
    expect(presetProblems(gopherSchema, gopherPresets)).toEqual([]);
  });
});

describe('gopherPresets budgets', () => {
  it('trains every model of a preset on one token budget of at least 10 steps', () => {
    for (const name of Object.keys(gopherPresets)) {
      const p = presetParams(gopherSchema, gopherPresets, name);
      expect(Math.floor(p.tokens / (p.batchSize * p.seqLen))).toBeGreaterThanOrEqual(10);
    }
  });
});
