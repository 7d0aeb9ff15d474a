import { describe, expect, it } from 'vitest';
import { presetParams } from '../../core/params/presets';
import { Rng } from '../../core/rng';
import { ACTIVITY_SET, inputTrace } from './experiment';
import { rimsSchema } from './params';
import { rimsPresets } from './presets';
import { taskData } from './taskData';
import { taskPreview } from './taskPreview';

describe('taskPreview', () => {
  for (const preset of ['default', 'adding', 'claims-digits']) {
    it(`draws the sequence the heat map of a ${preset} run shows`, () => {
      const p = { ...presetParams(rimsSchema, rimsPresets, preset), evalBatch: 16 };
      const seed = 7;
      const run = taskData(p, new Rng(seed).fork('data'));
      const preview = taskPreview(p, seed);
      expect(preview?.label).toBe(run.evals[ACTIVITY_SET].label);
      expect(preview?.input).toEqual(inputTrace(run, ACTIVITY_SET));
      expect(taskPreview(p, seed + 1)?.input).not.toEqual(preview?.input);
    });
  }

  it('gives nothing for a sequence too long to unroll', () => {
    const p = { ...presetParams(rimsSchema, rimsPresets, 'digits'), resolution: 28 };
    expect(taskPreview(p, 1)).toBeNull();
  });
});
