import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { series } from '../../core/runner/RunRecorder';
import { drive, expectCleanRun } from '../../core/runner/testing';
import type { NamedWeights } from '../../core/weights/namedWeights';
import { rimsExperiment } from './experiment';
import { rimsSchema, type RimsParams } from './params';
import { rimsPresets } from './presets';

const tf = await initNodeBackend('wasm');
// Longer than the e2e tiny preset, so evaluation runs twice and the tensor count is compared across evaluations.
const TINY: RimsParams = { ...presetParams(rimsSchema, rimsPresets, 'tiny'), gap: 5, testGap: 20, steps: 6, evalEvery: 3 };
const run = (params: RimsParams, weights?: NamedWeights) => drive(rimsExperiment.run, params, { tf, backend: 'wasm', seed: 3, weights });

describe('rimsExperiment', () => {
  it('trains RIMs and the matched LSTM on tiny copying, evaluates twice, and leaks no tensors', async () => {
    const tiny = await run(TINY);
    expectCleanRun(tiny);
    const { recording } = tiny;
    expect(series(recording.rows, 'rimsLoss').x).toEqual([1, 2, 3, 4, 5, 6]);
    const lstm = series(recording.rows, 'lstmLoss');
    expect(lstm.x).toEqual([1, 2, 3, 4, 5, 6]);
    for (const l of lstm.y) expect(l).toBeGreaterThan(0);
    const { models: info, evals, activity } = recording.artifacts;
    expect(info?.evalLabels).toEqual(['T = 5', 'T = 20']);
    expect(Math.abs((info?.lstmParams ?? 0) / (info?.rimsParams ?? 1) - 1)).toBeLessThan(0.05);
    expect(evals).toHaveLength(2 * 2 * 2);
    expect(activity?.mask).toHaveLength(40);
    for (const col of activity?.mask ?? []) expect(col.reduce((a, b) => a + b, 0)).toBe(TINY.active);
    expect(activity?.input).toHaveLength(40);
    expect(activity?.input[0]).toBeGreaterThanOrEqual(1);
  });

  it('hands out both models\' weights, and a run started from them begins where they left off', async () => {
    const first = await run(TINY);
    const weights = first.recording.artifacts.weights ?? {};
    const info = first.recording.artifacts.models;
    const count = (prefix: string) => Object.entries(weights).filter(([k]) => k.startsWith(prefix)).reduce((n, [, w]) => n + w.data.length, 0);
    expect(count('rims.')).toBe(info?.rimsParams);
    expect(count('lstm.')).toBe(info?.lstmParams);
    const again = await run(TINY, weights);
    expect(again.leaked).toBe(0);
    expect(again.recording.artifacts.weightsLoaded).toMatch(/^RIMs: all \d+ tensors .* LSTM: all \d+ tensors/);
    expect(series(again.recording.rows, 'rimsLoss').y[0]).not.toBe(series(first.recording.rows, 'rimsLoss').y[0]);
  });

  it('is reproducible from the seed', async () => {
    const a = await run({ ...TINY, steps: 2, evalEvery: 2 });
    const b = await run({ ...TINY, steps: 2, evalEvery: 2 });
    expect(b.recording.artifacts.evals).toEqual(a.recording.artifacts.evals);
  });

  it('stops with a clear message when k_A exceeds k_T, or a test sequence is too long', async () => {
    expect((await run({ ...TINY, active: 5 })).status.message).toMatch(/k_A = 5 .* k_T = 4/);
    expect((await run({ ...TINY, task: 'digits', resolution: 28 })).status.message).toMatch(/Resolution 38×38 gives sequences of 1444 steps; the panel unrolls at most 1200/);
  });

  it('runs the digits and adding tasks, and the GRU variant, with dropout', async () => {
    const variants: RimsParams[] = [
      { ...TINY, task: 'digits', resolution: 5, digitPool: 50 },
      { ...TINY, task: 'adding', addLength: 6, testAddLength: 12, rnn: 'gru', dropout: 0.3 },
    ];
    for (const p of variants) {
      const { status, recording, leaked } = await run({ ...p, steps: 2, evalEvery: 2 });
      expect(status.state, status.message).toBe('done');
      expect(leaked).toBe(0);
      expect(recording.artifacts.models?.evalLabels).toHaveLength(p.task === 'digits' ? 4 : 2);
    }
  });
});
