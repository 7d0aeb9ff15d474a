import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { learningRate } from '../../core/lm';
import { presetParams } from '../../core/params/presets';
import { driveExperiment } from '../../core/runner/driveExperiment';
import type { EventBatch } from '../../core/runner/protocol';
import { RunControl } from '../../core/runner/RunControl';
import type { SweepAnalysis } from './analysis';
import { CURVE_POINTS, chinchillaSweep, runSchedule, trainingCurve, type SweepRunRecord } from './experiment';
import { chinchillaSchema } from './params';
import { chinchillaPresets } from './presets';
import { planSweep, type SweepPlan } from './sweepPlan';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(chinchillaSchema, chinchillaPresets, 'tiny');

describe('runSchedule', () => {
  it('sets the cosine cycle to the run length and caps warm-up at a quarter of it', () => {
    const s = runSchedule(1e-2, 10, 20);
    expect(s.totalSteps).toBe(20);
    expect(s.warmupSteps).toBe(5);
    expect(learningRate(19, s)).toBeCloseTo(1e-3, 12);
    expect(runSchedule(1e-2, 10, 400).warmupSteps).toBe(10);
  });
});

describe('trainingCurve', () => {
  it('samples geometric steps up to the end, at 6N FLOPs per token', () => {
    const losses = Array.from({ length: 300 }, (_, i) => 4 - i / 100);
    const curve = trainingCurve(losses, 1000, 256);
    expect(curve.length).toBeLessThanOrEqual(CURVE_POINTS);
    expect(curve.length).toBeGreaterThan(10);
    expect(curve[curve.length - 1].tokens).toBe(300 * 256);
    for (let i = 0; i < curve.length; i++) {
      expect(curve[i].flops).toBe(6 * 1000 * curve[i].tokens);
      if (i > 0) expect(curve[i].tokens).toBeGreaterThan(curve[i - 1].tokens);
    }
    // A symmetric window leaves a linear series unchanged away from the ends (sigma = 6 steps here).
    const inner = curve.filter((p) => p.tokens / 256 > 13 && p.tokens / 256 < 288);
    expect(inner.length).toBeGreaterThan(5);
    for (const p of inner) expect(p.loss).toBeCloseTo(4 - (p.tokens / 256 - 1) / 100, 9);
  });

  it('keeps a constant series constant, and handles very short runs', () => {
    for (const p of trainingCurve(Array(50).fill(2.5), 10, 8)) expect(p.loss).toBeCloseTo(2.5, 12);
    const short = trainingCurve([3, 2], 10, 8);
    expect(short.map((p) => p.tokens)).toEqual([8, 16]);
  });
});

async function driveTiny(stopAfter = Infinity) {
  const control = new RunControl();
  const metricsSteps: number[] = [];
  const runsSeen: SweepRunRecord[][] = [];
  const artifacts: Record<string, unknown> = {};
  const final = await driveExperiment({
    experiment: chinchillaSweep, params: TINY, seed: 3, tf, backend: 'wasm', control, flushMs: 0,
    onBatch: (b: EventBatch) => {
      metricsSteps.push(...b.metrics.map((m) => m.step));
      Object.assign(artifacts, b.artifacts);
      if (b.artifacts.runs) runsSeen.push(b.artifacts.runs as SweepRunRecord[]);
      if (metricsSteps.length >= stopAfter) control.stop();
    },
  });
  return { final, metricsSteps, runsSeen, artifacts };
}

describe('chinchillaSweep on the tiny preset', () => {
  it('trains every planned run on its budget, emits cumulative runs and the analysis, and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const plan = planSweep(TINY);
    const { final, metricsSteps, runsSeen, artifacts } = await driveTiny();
    expect(final.state).toBe('done');
    expect(final.tensorsAtLastStep).toBe(final.tensorsAtFirstStep);
    expect(tf.memory().numTensors).toBe(before);

    expect(metricsSteps).toEqual(Array.from({ length: plan.totalSteps }, (_, i) => i + 1));
    expect((artifacts.plan as SweepPlan).runs).toHaveLength(plan.runs.length);
    const runs = artifacts.runs as SweepRunRecord[];
    expect(runs).toHaveLength(TINY.budgets * TINY.sizes);
    expect(runsSeen.length).toBeGreaterThan(1);
    expect(runsSeen.map((r) => r.length)).toEqual([...runsSeen.map((r) => r.length)].sort((x, y) => x - y));
    runs.forEach((r, i) => {
      const p = plan.runs[i];
      expect(r).toMatchObject({ N: p.N, C: p.C, D: p.tokens, steps: p.steps, dModel: p.config.dModel });
      expect(r.finalLoss).toBeGreaterThan(0.5);
      expect(r.finalLoss).toBeLessThan(Math.log(52) + 0.2);
      expect(r.curve[r.curve.length - 1].flops).toBe(p.flops);
    });

    const analysis = artifacts.analysis as SweepAnalysis;
    expect(analysis.runs).toBe(runs.length);
    expect(analysis.isoFlops).toHaveLength(TINY.budgets);
    for (const c of analysis.isoFlops) expect(c.runs).toHaveLength(TINY.sizes);
    expect(analysis.approach3.result?.law.alpha).toBeGreaterThan(0);
    expect(analysis.approach3.intervals?.samples.length).toBeGreaterThan(0);
  });

  it('stops mid-run and releases every tensor', async () => {
    const before = tf.memory().numTensors;
    const { final, metricsSteps, artifacts } = await driveTiny(30);
    expect(final.state).toBe('stopped');
    expect(metricsSteps.length).toBeLessThan(planSweep(TINY).totalSteps);
    expect(artifacts.analysis).toBeUndefined();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is deterministic from the seed', async () => {
    const plan = planSweep(TINY);
    const first = await driveTiny(plan.runs[0].steps + plan.runs[1].steps + 1);
    const again = await driveTiny(plan.runs[0].steps + plan.runs[1].steps + 1);
    const losses = (x: typeof first) => (x.artifacts.runs as SweepRunRecord[]).map((r) => r.finalLoss);
    expect(losses(first)).toHaveLength(2);
    expect(losses(again)).toEqual(losses(first));
  });
});
