import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { driveExperiment } from '../../core/runner/driveExperiment';
import type { EventBatch } from '../../core/runner/protocol';
import { RunControl } from '../../core/runner/RunControl';
import { maxOverMean, routedExperiment, type RoutingSnapshot, type TokenRoutes } from './experiment';
import { routedSchema, type RoutedParams } from './params';
import { routedPresets } from './presets';
import type { PlannedRun } from './sweepPlan';
import type { RouterFit, RunResult } from './sweepResults';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(routedSchema, routedPresets, 'tiny');

async function drive(params: RoutedParams, stopAfter = Infinity) {
  const control = new RunControl();
  const artifacts: Record<string, unknown> = {};
  const rows: Record<string, number>[] = [];
  const final = await driveExperiment({
    experiment: routedExperiment, params, seed: 3, tf, backend: 'wasm', control, flushMs: 0,
    onBatch: (b: EventBatch) => {
      for (const m of b.metrics) rows.push(m.values);
      Object.assign(artifacts, b.artifacts);
      if (rows.length >= stopAfter) control.stop();
    },
  });
  return { final, artifacts, rows };
}

describe('maxOverMean', () => {
  it('is 1 for an even load and E when one expert takes everything', () => {
    expect(maxOverMean([0.25, 0.25, 0.25, 0.25])).toBe(1);
    expect(maxOverMean([1, 0, 0, 0])).toBe(4);
  });
});

describe('routedExperiment on the tiny preset', () => {
  it('trains dense and routed models of 2 sizes, fits the law, reports routing, and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const { final, artifacts, rows } = await drive(TINY);
    expect(final.state).toBe('done');
    expect(final.tensorsAtLastStep).toBe(final.tensorsAtFirstStep);
    expect(tf.memory().numTensors).toBe(before);
    const plan = artifacts.plan as PlannedRun[];
    expect(plan.map((p) => `${p.E}:${p.router}`)).toEqual(['1:dense', '2:sbase', '1:dense', '2:sbase']);
    const train = rows.filter((r) => r.loss !== undefined);
    expect(train).toHaveLength(plan.length * TINY.steps);
    expect(train.filter((r) => r.routingOverhead !== undefined)).toHaveLength(2 * TINY.steps);
    const results = artifacts.results as RunResult[];
    expect(results).toHaveLength(4);
    for (const r of results) {
      expect(r.evalLoss).toBeGreaterThan(0.5);
      expect(r.evalLoss).toBeLessThan(Math.log(52) + 0.5);
      expect(r.balance).toBeGreaterThanOrEqual(1);
      expect(r.balance).toBeLessThanOrEqual(r.E);
    }
    expect(results[1].params).toBeGreaterThan(results[0].params);
    expect(results[1].N).toBe(results[0].N);
    const fits = artifacts.fits as RouterFit[];
    expect(fits).toHaveLength(1);
    expect(fits[0].router).toBe('sbase');
    expect(fits[0].fit?.mode).toBe('fixed-saturation');
    const snap = artifacts.routing as RoutingSnapshot;
    expect(snap.layers).toHaveLength(TINY.layers);
    expect(snap.layers[0].load.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    const routes = artifacts.tokenRoutes as TokenRoutes;
    expect(routes.text).toHaveLength(TINY.seqLen);
    expect(routes.layers[0]).toHaveLength(TINY.seqLen);
    expect(routes.layers[0].every((e) => e >= 0 && e < 2)).toBe(true);
  });

  it('stops mid-run and releases every tensor', async () => {
    const before = tf.memory().numTensors;
    const { final, artifacts } = await drive(TINY, 6);
    expect(final.state).toBe('stopped');
    expect((artifacts.results as RunResult[] | undefined)?.length ?? 0).toBeLessThan(4);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a sweep with no router, with a clear message', async () => {
    const { final } = await drive({ ...TINY, sbase: false });
    expect(final.state).toBe('error');
    expect(final.message).toMatch(/at least one router/);
  });
});
