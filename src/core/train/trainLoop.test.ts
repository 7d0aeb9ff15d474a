import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../backend/nodeBackend';
import { batchSampler, makeCorpus, splitTrainVal } from '../corpus';
import { Rng } from '../rng';
import { AdamW } from '../nn/adamw';
import { TransformerLM } from '../lm/model';
import { learningRate, type CosineSchedule } from './schedule';
import type { LMConfig } from '../lm/config';
import { trainStep } from '../lm/train';
import { VAL_FRACTION } from './evalDefaults';
import { lmStep } from './lmStep';
import { trainLoop, type TrainStepInfo } from './trainLoop';

await initNodeBackend('wasm');

const CFG: LMConfig = { vocabSize: 52, seqLen: 16, dModel: 16, nLayers: 1, nHeads: 2, ffnRatio: 4, norm: 'layernorm', positions: 'learned' };
const { train } = splitTrainVal(makeCorpus({ totalTokens: 20_000 }, new Rng(1)).tokens, VAL_FRACTION);
const STEPS = 12;
const schedule = (lr: number): CosineSchedule => ({ lr, warmupSteps: 2, totalSteps: STEPS, minRatio: 0.1 });

interface Live { lr: number; clipNorm: number }

/** The loop as the papers wrote it by hand before trainLoop: the reference the loop must match digit for digit. */
async function handLoop(live: () => Live): Promise<number[]> {
  const model = new TransformerLM(CFG, new Rng(2));
  const opt = new AdamW(model.weights);
  const next = batchSampler(train, 4, CFG.seqLen, new Rng(3));
  const losses: number[] = [];
  for (let s = 0; s < STEPS; s++) {
    const now = live();
    const lossT = trainStep(model, opt, next(), learningRate(s, schedule(now.lr)), { clipNorm: now.clipNorm });
    losses.push((await lossT.data())[0]);
    lossT.dispose();
  }
  model.dispose();
  opt.dispose();
  return losses;
}

async function viaLoop(live: () => Live, signal = new AbortController().signal, onStep?: (s: TrainStepInfo<Live>) => void): Promise<TrainStepInfo<Live>[]> {
  const model = new TransformerLM(CFG, new Rng(2));
  const opt = new AdamW(model.weights);
  const next = batchSampler(train, 4, CFG.seqLen, new Rng(3));
  const out: TrainStepInfo<Live>[] = [];
  try {
    for await (const s of trainLoop({ steps: STEPS, signal, live, lr: (step, l) => learningRate(step, schedule(l.lr)), step: lmStep(model, opt, { batch: next, clipNorm: (l) => l.clipNorm }) })) {
      out.push(s);
      onStep?.(s);
    }
  } finally {
    model.dispose();
    opt.dispose();
  }
  return out;
}

describe('trainLoop with lmStep', () => {
  it('gives the hand-written loop\'s losses to the last digit, and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const live = () => ({ lr: 1e-2, clipNorm: 1 });
    const steps = await viaLoop(live);
    expect(tf.memory().numTensors).toBe(before);
    expect(steps.map((s) => s.loss)).toEqual(await handLoop(live));
    expect(steps.map((s) => s.step)).toEqual([...Array(STEPS).keys()]);
    expect(steps.map((s) => s.lr)).toEqual(steps.map((_, i) => learningRate(i, schedule(1e-2))));
    for (const s of steps) expect(s.ms).toBeGreaterThanOrEqual(0);
    expect(steps[STEPS - 1].loss).toBeLessThan(steps[0].loss);
  });

  it('reads the live values once per step, before the learning rate and beforeStep', async () => {
    const calls: string[] = [];
    let reads = 0;
    const live = (): Live => {
      calls.push(`live ${reads}`);
      // A reader's change after three steps: a new peak and no clip.
      return reads++ < 3 ? { lr: 1e-2, clipNorm: 1 } : { lr: 3e-3, clipNorm: 0 };
    };
    const gen = trainLoop<Live>({
      steps: 5, signal: new AbortController().signal, live,
      lr: (s, l) => (calls.push(`lr ${s}`), l.lr),
      beforeStep: (_l, s) => calls.push(`before ${s}`),
      step: (_lr, _l, s) => (calls.push(`step ${s}`), tf.scalar(s)),
    });
    const seen: TrainStepInfo<Live>[] = [];
    for await (const s of gen) seen.push(s);
    expect(calls.slice(0, 8)).toEqual(['live 0', 'lr 0', 'before 0', 'step 0', 'live 1', 'lr 1', 'before 1', 'step 1']);
    expect(seen.map((s) => [s.loss, s.lr])).toEqual([[0, 1e-2], [1, 1e-2], [2, 1e-2], [3, 3e-3], [4, 3e-3]]);
    expect(seen[4].live).toEqual({ lr: 3e-3, clipNorm: 0 });

    // The live change reaches the step: losses match the hand loop before it and differ after.
    let n = 0;
    const changing = () => (n++ < 6 ? { lr: 1e-2, clipNorm: 1 } : { lr: 1e-3, clipNorm: 1 });
    const changed = (await viaLoop(changing)).map((s) => s.loss);
    const plain = await handLoop(() => ({ lr: 1e-2, clipNorm: 1 }));
    expect(changed.slice(0, 6)).toEqual(plain.slice(0, 6));
    expect(changed.slice(6)).not.toEqual(plain.slice(6));
  });

  it('stops before the next step once aborted, leaking nothing', async () => {
    const before = tf.memory().numTensors;
    const stop = new AbortController();
    const steps = await viaLoop(() => ({ lr: 1e-2, clipNorm: 1 }), stop.signal, (s) => {
      if (s.step === 3) stop.abort();
    });
    expect(steps).toHaveLength(4);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('awaits an asynchronous step (a batch that needs retrieval first)', async () => {
    const seen: number[] = [];
    for await (const s of trainLoop({ steps: 2, signal: new AbortController().signal, live: () => null, lr: () => 0, step: async (_lr, _l, s) => tf.tensor1d([s + 0.5, 9]) })) seen.push(s.loss);
    expect(seen).toEqual([0.5, 1.5]);
  });
});

