import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import * as tf from '@tensorflow/tfjs-core';
import { learningRate } from '../../core/train/schedule';
import { presetParams } from '../../core/params/presets';
import { Rng } from '../../core/rng';
import { sweepData } from './experiment';
import { chinchillaSchema } from './params';
import { chinchillaPresets } from './presets';
import { lmConfig } from './sweepPlan';
import { CURVE_POINTS, runSchedule, stepEvents, trainRun, trainingCurve, type TrainRunOptions } from './trainRun';

await initNodeBackend('wasm');
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

describe('trainRun and stepEvents', () => {
  const rng = new Rng(3);
  const { train, evalTokens } = sweepData(TINY, rng);
  const options = (signal = new AbortController().signal): TrainRunOptions => ({
    config: lmConfig(TINY, 8), steps: 6, batchSize: TINY.batchSize, lr: TINY.lr, warmup: TINY.warmup, evalBatches: 1,
    train, evalTokens, modelRng: rng.fork('model.0'), dataRng: rng.fork('batches'), signal,
  });

  it('turns each step into events and returns the run\'s outcome, leaking nothing', async () => {
    const before = tf.memory().numTensors;
    const events: string[] = [];
    async function* caller() {
      const out = yield* stepEvents(trainRun(options()), (s) => [`step ${s.step}`, `lr ${s.lr}`]);
      events.push(`final ${out?.finalLoss.toFixed(3)}`);
    }
    for await (const e of caller()) events.push(e);
    expect(events.slice(0, 4)).toEqual(['step 0', `lr ${learningRate(0, runSchedule(TINY.lr, TINY.warmup, 6))}`, 'step 1', `lr ${learningRate(1, runSchedule(TINY.lr, TINY.warmup, 6))}`]);
    expect(events).toHaveLength(13);
    expect(events[12]).toMatch(/^final \d\.\d{3}$/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('frees the model when its caller closes early, and returns null once aborted', async () => {
    const before = tf.memory().numTensors;
    const early = stepEvents(trainRun(options()), (s) => [s.step]);
    expect((await early.next()).value).toBe(0);
    await early.return(null);
    expect(tf.memory().numTensors).toBe(before);

    const stop = new AbortController();
    const aborted = stepEvents(trainRun(options(stop.signal)), (s) => [s.step]);
    await aborted.next();
    stop.abort();
    expect(await aborted.next()).toEqual({ done: true, value: null });
    expect(tf.memory().numTensors).toBe(before);
  });
});
