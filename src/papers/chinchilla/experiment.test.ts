import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { drive, expectCleanRun, firstRows } from '../../core/runner/testing';
import { withoutThroughput } from '../../core/runner/throughput';
import { chinchillaExperiment } from './experiment';
import { chinchillaSchema } from './params';
import { chinchillaPresets } from './presets';
import { planSweep } from './sweepPlan';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(chinchillaSchema, chinchillaPresets, 'tiny');
const RUN = { tf, backend: 'wasm' as const, seed: 3 };
const sweep = chinchillaExperiment.run;

describe('chinchillaExperiment on the tiny preset', () => {
  it('trains every planned run on its budget, emits the runs and the analysis, and leaks nothing', async () => {
    const plan = planSweep(TINY);
    const run = await drive(chinchillaExperiment.run, TINY, RUN);
    expectCleanRun(run);
    const { recording } = run;

    expect(recording.rows.map((r) => r.step)).toEqual(Array.from({ length: plan.totalSteps }, (_, i) => i + 1));
    const { plan: planned, runs = [], analysis } = recording.artifacts;
    expect(planned?.runs).toHaveLength(plan.runs.length);
    expect(runs.map((r) => r.index)).toEqual(plan.runs.map((r) => r.index));
    runs.forEach((r, i) => {
      const p = plan.runs[i];
      expect(r).toMatchObject({ N: p.N, C: p.C, D: p.tokens, steps: p.steps, dModel: p.config.dModel, budget: p.budget });
      expect(r.finalLoss).toBeGreaterThan(0.5);
      expect(r.finalLoss).toBeLessThan(Math.log(52) + 0.2);
      expect(r.curve[r.curve.length - 1].flops).toBe(p.flops);
    });

    expect(analysis?.runs).toBe(runs.length);
    expect(analysis?.isoFlops).toHaveLength(TINY.budgets);
    for (const c of analysis?.isoFlops ?? []) expect(c.runs).toHaveLength(TINY.sizes);
    expect(analysis?.approach3.result?.law.alpha).toBeGreaterThan(0);
    expect(analysis?.approach3.intervals?.samples.length).toBeGreaterThan(0);
  });

  it('closed after 30 rows, releases every tensor', async () => {
    const before = tf.memory().numTensors;
    const { rows } = await firstRows(sweep, TINY, { ...RUN, rows: 30 });
    expect(rows).toHaveLength(30);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is deterministic from the seed', async () => {
    const plan = planSweep(TINY);
    const rows = plan.runs[0].steps + plan.runs[1].steps + 1;
    const first = await firstRows(sweep, TINY, { ...RUN, rows });
    const again = await firstRows(sweep, TINY, { ...RUN, rows });
    expect(withoutThroughput(again.rows)).toEqual(withoutThroughput(first.rows));
    expect(first.rows.map((r) => r.values.run)).toContain(2);
  });
});
