import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { driveExperiment } from '../../core/runner/driveExperiment';
import type { EventBatch } from '../../core/runner/protocol';
import { RunControl } from '../../core/runner/RunControl';
import type { NamedWeights } from '../../core/weights/namedWeights';
import { rimsExperiment, type Activity, type EvalPoint, type ModelsInfo } from './experiment';
import { rimsSchema, type RimsParams } from './params';
import { rimsPresets } from './presets';

const tf = await initNodeBackend('wasm');
// Longer than the e2e tiny preset, so evaluation runs twice and the tensor count is compared across evaluations.
const TINY = { ...presetParams(rimsSchema, rimsPresets, 'tiny'), gap: 5, testGap: 20, steps: 6, evalEvery: 3 };

async function drive(params: RimsParams, weights?: NamedWeights) {
  const rows: { step: number; values: Record<string, number> }[] = [];
  const artifacts: Record<string, unknown> = {};
  const before = tf.memory().numTensors;
  const final = await driveExperiment({
    experiment: rimsExperiment, params, seed: 3, tf, backend: 'wasm', control: new RunControl(), flushMs: 0, weights,
    onBatch: (b: EventBatch) => {
      rows.push(...b.metrics);
      Object.assign(artifacts, b.artifacts);
    },
  });
  return { final, rows, artifacts, leaked: tf.memory().numTensors - before };
}

describe('rimsExperiment', () => {
  it('trains RIMs and the matched LSTM on tiny copying, evaluates twice, and leaks no tensors', async () => {
    const { final, rows, artifacts, leaked } = await drive(TINY);
    expect(final.state).toBe('done');
    expect(final.tensorsAtLastStep).toBe(final.tensorsAtFirstStep);
    expect(leaked).toBe(0);
    const train = rows.filter((r) => r.values.rimsLoss !== undefined);
    expect(train.map((r) => r.step)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const r of train) expect(r.values.lstmLoss).toBeGreaterThan(0);
    const info = artifacts.models as ModelsInfo;
    expect(info.evalLabels).toEqual(['T = 5', 'T = 20']);
    expect(Math.abs(info.lstmParams! / info.rimsParams - 1)).toBeLessThan(0.05);
    const evals = artifacts.evals as EvalPoint[];
    expect(evals).toHaveLength(2 * 2 * 2);
    const act = artifacts.activity as Activity;
    expect(act.mask).toHaveLength(40);
    for (const col of act.mask) expect(col.reduce((a, b) => a + b, 0)).toBe(TINY.active);
    expect(act.input).toHaveLength(40);
    expect(act.input[0]).toBeGreaterThanOrEqual(1);
  });

  it('hands out both models\' weights, and a run started from them begins where they left off', async () => {
    const first = await drive(TINY);
    const weights = first.artifacts.weights as NamedWeights;
    const info = first.artifacts.models as ModelsInfo;
    const count = (prefix: string) => Object.entries(weights).filter(([k]) => k.startsWith(prefix)).reduce((n, [, w]) => n + w.data.length, 0);
    expect(count('rims.')).toBe(info.rimsParams);
    expect(count('lstm.')).toBe(info.lstmParams);
    const again = await drive(TINY, weights);
    expect(again.leaked).toBe(0);
    expect(again.artifacts.weightsLoaded).toMatch(/^RIMs: all \d+ tensors .* LSTM: all \d+ tensors/);
    const firstLoss = (rows: { values: Record<string, number> }[]) => rows.find((r) => r.values.rimsLoss !== undefined)!.values.rimsLoss;
    expect(firstLoss(again.rows)).not.toBe(firstLoss(first.rows));
  });

  it('is reproducible from the seed', async () => {
    const a = await drive({ ...TINY, steps: 2, evalEvery: 2 });
    const b = await drive({ ...TINY, steps: 2, evalEvery: 2 });
    expect(b.artifacts.evals).toEqual(a.artifacts.evals);
  });

  it('stops with a clear message when k_A exceeds k_T, or a test sequence is too long', async () => {
    expect((await drive({ ...TINY, active: 5 })).final.message).toMatch(/k_A = 5 .* k_T = 4/);
    expect((await drive({ ...TINY, task: 'digits', resolution: 28 })).final.message).toMatch(/Resolution 38×38 gives sequences of 1444 steps; the panel unrolls at most 1200/);
  });

  it('runs the digits and adding tasks, and the GRU variant, with dropout', async () => {
    for (const p of [
      { ...TINY, task: 'digits', resolution: 5, digitPool: 50 },
      { ...TINY, task: 'adding', addLength: 6, testAddLength: 12, rnn: 'gru', dropout: 0.3 },
    ] as RimsParams[]) {
      const { final, artifacts, leaked } = await drive({ ...p, steps: 2, evalEvery: 2 });
      expect(final.state, final.message).toBe('done');
      expect(leaked).toBe(0);
      expect((artifacts.models as ModelsInfo).evalLabels).toHaveLength(p.task === 'digits' ? 4 : 2);
    }
  });
});
