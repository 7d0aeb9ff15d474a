import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { learningRate, stepsForBudget } from '../../core/lm';
import { presetParams } from '../../core/params/presets';
import { driveExperiment } from '../../core/runner/driveExperiment';
import type { EventBatch } from '../../core/runner/protocol';
import { RunControl } from '../../core/runner/RunControl';
import type { NamedWeights } from '../../core/weights/namedWeights';
import { fitPowerLaw, gopherExperiment, gopherSchedule, type LossFit, type ModelResult, type Samples } from './experiment';
import type { FamilyMember } from './family';
import { gopherSchema } from './params';
import { gopherPresets } from './presets';
import { TASK_FAMILIES } from './tasks';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(gopherSchema, gopherPresets, 'tiny');

describe('fitPowerLaw', () => {
  it('recovers an exact power law', () => {
    const pts = [1e3, 1e4, 1e5].map((N) => ({ N, loss: 3 * N ** -0.1 }));
    const fit = fitPowerLaw(pts);
    expect(fit.exponent).toBeCloseTo(-0.1, 10);
    expect(fit.coef).toBeCloseTo(3, 8);
    expect(fit.r2).toBeCloseTo(1, 10);
  });
});

describe('gopherSchedule', () => {
  it('warms up, then decays 10x by the last step', () => {
    const s = gopherSchedule(1e-2, 20, 40);
    expect(s.warmupSteps).toBe(10);
    expect(learningRate(9, s)).toBeCloseTo(1e-2, 12);
    expect(learningRate(39, s)).toBeCloseTo(1e-3, 12);
  });
});

async function driveTiny(stopAfter = Infinity, weights?: NamedWeights) {
  const control = new RunControl();
  const steps: number[] = [];
  const labels: string[] = [];
  const artifacts: Record<string, unknown> = {};
  const order: string[] = [];
  const rows: Record<string, number>[] = [];
  const final = await driveExperiment({
    experiment: gopherExperiment, params: TINY, seed: 3, tf, backend: 'wasm', control, flushMs: 0, weights,
    onBatch: (b: EventBatch) => {
      for (const m of b.metrics) {
        steps.push(m.step);
        rows.push(m.values);
      }
      if (b.progress?.label) labels.push(b.progress.label);
      for (const k of Object.keys(b.artifacts)) if (!order.includes(k)) order.push(k);
      Object.assign(artifacts, b.artifacts);
      if (rows.length >= stopAfter) control.stop();
    },
  });
  return { final, steps, labels, artifacts, order, rows };
}

describe('gopherExperiment on the tiny preset', () => {
  it('trains the family on one token budget, emits family, results, lossFit and samples, and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const { final, steps, labels, artifacts, order, rows } = await driveTiny();
    expect(final.state).toBe('done');
    expect(final.tensorsAtLastStep).toBe(final.tensorsAtFirstStep);
    expect(tf.memory().numTensors).toBe(before);

    const family = artifacts.family as FamilyMember[];
    expect(order[0]).toBe('family');
    expect(family).toHaveLength(TINY.models);
    const per = stepsForBudget(TINY.tokens, TINY.batchSize, TINY.seqLen);
    const train = rows.filter((r) => r.loss !== undefined);
    expect(train).toHaveLength(per * TINY.models);
    train.forEach((r, i) => {
      expect(r.model).toBe(Math.floor(i / per));
      expect(r.tokensPerSec).toBeGreaterThan(0);
      expect(r.lr).toBeGreaterThan(0);
    });
    expect(rows.filter((r) => r.probesPerSec !== undefined)).toHaveLength(TINY.models);
    expect(steps[0]).toBe(1);
    expect(labels).toContain(`model 1 of ${TINY.models}: ${family[0].name}`);
    expect(labels).toContain(`model ${TINY.models} of ${TINY.models}: ${family[TINY.models - 1].name}`);

    const results = artifacts.results as ModelResult[];
    expect(results.map((r) => r.name)).toEqual(family.map((m) => m.name));
    for (const [i, r] of results.entries()) {
      expect(r.N).toBe(family[i].N);
      expect(r.evalLoss).toBeGreaterThan(0.5);
      expect(r.evalLoss).toBeLessThan(Math.log(52) + 0.5);
      expect(r.bpc).toBeCloseTo(r.evalLoss / Math.LN2, 10);
      for (const f of TASK_FAMILIES) {
        expect(r.scores[f]).toBeGreaterThanOrEqual(0);
        expect(r.scores[f]).toBeLessThanOrEqual(1);
      }
    }
    const fit = artifacts.lossFit as LossFit;
    expect(Number.isFinite(fit.exponent)).toBe(true);
    expect(fit.r2).toBeGreaterThanOrEqual(0);
    const samples = artifacts.samples as Samples;
    expect(samples.prompt.startsWith('|')).toBe(true);
    expect(samples.completions.map((c) => c.name)).toEqual(family.map((m) => m.name));
  });

  it('hands out its trained weights, and a run started from them continues training', async () => {
    const first = await driveTiny();
    const weights = first.artifacts.weights as NamedWeights;
    expect(Object.keys(weights).some((k) => k.startsWith(`m${TINY.models - 1}.`))).toBe(true);
    const before = tf.memory().numTensors;
    const again = await driveTiny(Infinity, weights);
    expect(again.final.state).toBe('done');
    expect(tf.memory().numTensors).toBe(before);
    expect(again.artifacts.weightsLoaded).toMatch(/all \d+ tensors from the loaded weights/);
    const firstLoss = (rows: Record<string, number>[]) => rows.find((r) => r.loss !== undefined && r.model === 0)!.loss;
    expect(firstLoss(again.rows)).toBeLessThan(firstLoss(first.rows) - 0.1);
  });

  it('stops mid-run and releases every tensor', async () => {
    const before = tf.memory().numTensors;
    const { final, artifacts } = await driveTiny(5);
    expect(final.state).toBe('stopped');
    expect(artifacts.results).toBeUndefined();
    expect(tf.memory().numTensors).toBe(before);
  });
});
