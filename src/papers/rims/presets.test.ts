import { describe, expect, it } from 'vitest';
import { presetProblems } from '../../core/params/presetProblems';
import { presetParams } from '../../core/params/presets';
import { rimsSchema } from './params';
import { rimsPresets } from './presets';

describe('rimsPresets', () => {
  it('are valid against the schema, with k_A ≤ k_T everywhere', () => {
    expect(presetProblems(rimsSchema, rimsPresets)).toEqual([]);
    for (const name of Object.keys(rimsPresets)) {
      const p = presetParams(rimsSchema, rimsPresets, name);
      expect(p.active, name).toBeLessThanOrEqual(p.modules);
    }
  });

  it('tiny trains copying and evaluates once, at the end', () => {
    const p = presetParams(rimsSchema, rimsPresets, 'tiny');
    expect(p.task).toBe('copying');
    expect(p.steps).toBe(p.evalEvery);
  });
});
