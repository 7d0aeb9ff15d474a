import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { learningRate, stepsForBudget } from '../../core/train/schedule';
import { presetParams } from '../../core/params/presets';
import { metric } from '../../core/runner/RunRecorder';
import { drive, expectCleanRun, firstRows } from '../../core/runner/testing';
import { fitPowerLaw, gopherExperiment, gopherSchedule } from './experiment';
import { gopherSchema } from './params';
import { gopherPresets } from './presets';
import { TASK_FAMILIES } from './tasks';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(gopherSchema, gopherPresets, 'tiny');
const RUN = { tf, backend: 'wasm' as const, seed: 3 };

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

describe('gopherExperiment on the tiny preset', () => {
  it('trains the family on one token budget, emits family, results, lossFit and samples, and leaks nothing', async () => {
    const run = await drive(gopherExperiment.run, TINY, RUN);
    expectCleanRun(run);
    const { recording } = run;

    const { family = [], results = [], lossFit, samples } = recording.artifacts;
    expect(Object.keys(recording.artifacts)[0]).toBe('family');
    expect(family).toHaveLength(TINY.models);
    const per = stepsForBudget(TINY.tokens, TINY.batchSize, TINY.seqLen);
    const rows = recording.rows;
    const train = rows.filter((r) => metric(r, 'loss') !== undefined);
    expect(train).toHaveLength(per * TINY.models);
    train.forEach((r, i) => {
      expect(metric(r, 'model')).toBe(Math.floor(i / per));
      expect(metric(r, 'tokensPerSec')).toBeGreaterThan(0);
      expect(metric(r, 'lr')).toBeGreaterThan(0);
    });
    expect(rows.filter((r) => metric(r, 'probesPerSec') !== undefined)).toHaveLength(TINY.models);
    expect(rows[0].step).toBe(1);

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
    expect(Number.isFinite(lossFit?.exponent)).toBe(true);
    expect(lossFit?.r2).toBeGreaterThanOrEqual(0);
    expect(samples?.prompt.startsWith('|')).toBe(true);
    expect(samples?.completions.map((c) => c.name)).toEqual(family.map((m) => m.name));
  });

  it('hands out its trained weights, and a run started from them continues training', async () => {
    const first = await drive(gopherExperiment.run, TINY, RUN);
    const weights = first.recording.artifacts.weights ?? {};
    expect(Object.keys(weights).some((k) => k.startsWith(`m${TINY.models - 1}.`))).toBe(true);
    const again = await drive(gopherExperiment.run, TINY, { ...RUN, weights });
    expect(again.status.state).toBe('done');
    expect(again.leaked).toBe(0);
    expect(again.recording.artifacts.weightsLoaded).toMatch(/all \d+ tensors from the loaded weights/);
    const firstLoss = (rows: typeof first.recording.rows) => {
      const row = rows.find((r) => metric(r, 'loss') !== undefined && metric(r, 'model') === 0);
      return row && metric(row, 'loss');
    };
    expect(firstLoss(again.recording.rows)).toBeLessThan((firstLoss(first.recording.rows) ?? 0) - 0.1);
  });

  it('closed after 5 rows, releases every tensor', async () => {
    const before = tf.memory().numTensors;
    const { rows } = await firstRows(gopherExperiment.run, TINY, { ...RUN, rows: 5 });
    expect(rows).toHaveLength(5);
    expect(tf.memory().numTensors).toBe(before);
  });
});
