import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../backend/nodeBackend';
import { batchSampler, makeCorpus, splitTrainVal } from '../corpus';
import { Rng } from '../rng';
import { AdamW } from '../nn/adamw';
import { TransformerLM } from './model';
import { learningRate, scheduleForBudget } from '../train/schedule';
import { SHAPE_A } from './testConfigs';
import { clipByGlobalNorm } from '../nn/clip';
import { evaluate, trainStep } from './train';

await initNodeBackend('wasm');

const corpus = makeCorpus({ totalTokens: 60_000 }, new Rng(1));
const { train, val } = splitTrainVal(corpus.tokens, 0.1);

describe('training', () => {
  it('lowers the loss from ~ln V within a few dozen steps, without leaking tensors', async () => {
    const before = tf.memory().numTensors;
    const model = new TransformerLM(SHAPE_A, new Rng(2));
    const opt = new AdamW(model.weights, { weightDecay: 0.01 });
    const next = batchSampler(train, 16, SHAPE_A.seqLen, new Rng(3));
    const sched = scheduleForBudget(3e-3, 5, 40 * 16 * SHAPE_A.seqLen, 16, SHAPE_A.seqLen);
    const initial = await evaluate(model, val, { batchSize: 32, maxBatches: 2 });
    expect(Math.abs(initial.loss - Math.log(52))).toBeLessThan(0.05);

    const losses: number[] = [];
    let afterFirst = 0;
    for (let step = 0; step < sched.totalSteps; step++) {
      const loss = trainStep(model, opt, next(), learningRate(step, sched), { clipNorm: 1 });
      losses.push((await loss.data())[0]);
      loss.dispose();
      if (step === 0) afterFirst = tf.memory().numTensors;
    }
    expect(tf.memory().numTensors).toBe(afterFirst);
    expect(losses[0]).toBeGreaterThan(3.8);
    const last = losses.slice(-5).reduce((a, b) => a + b) / 5;
    expect(last).toBeLessThan(losses[0] - 1);

    const final = await evaluate(model, val, { batchSize: 32, maxBatches: 2 });
    expect(final.loss).toBeLessThan(initial.loss - 1);
    expect(final.bpc).toBeCloseTo(final.loss / Math.LN2, 10);
    expect(final.tokens).toBe(2 * 32 * SHAPE_A.seqLen);

    model.dispose();
    opt.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('clips gradients to a global norm', async () => {
    const g = { a: tf.tensor1d([3, 0]), b: tf.tensor1d([0, 4]) }; // norm 5
    const c = clipByGlobalNorm(g, 1);
    expect(Array.from(await c.a.data())[0]).toBeCloseTo(0.6, 5);
    expect(Array.from(await c.b.data())[1]).toBeCloseTo(0.8, 5);
    const k = clipByGlobalNorm(g, 10);
    expect(Array.from(await k.b.data())[1]).toBeCloseTo(4, 5);
    tf.dispose([g.a, g.b, c.a, c.b, k.a, k.b]);
  });

  it('evaluates all full windows by default', async () => {
    const model = new TransformerLM(SHAPE_A, new Rng(5));
    const toks = corpus.tokens.subarray(0, 10 * SHAPE_A.seqLen + 1);
    const r = await evaluate(model, toks, { batchSize: 4 });
    expect(r.tokens).toBe(10 * SHAPE_A.seqLen);
    model.dispose();
  });
});
