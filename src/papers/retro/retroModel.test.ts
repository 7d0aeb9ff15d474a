import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { AdamW } from '../../core/nn/adamw';
import { TransformerLM, trainStep, type LMConfig } from '../../core/lm';
import { Rng } from '../../core/rng';
import { RetroModel, retroLayers, type RetroConfig } from './retroModel';

await initNodeBackend('wasm');

const CFG: LMConfig = { vocabSize: 52, seqLen: 32, dModel: 16, nLayers: 2, nHeads: 2, ffnRatio: 2, norm: 'layernorm', positions: 'learned' };
const RC: RetroConfig = { chunk: 8, neighbours: 2, encWidth: 16, encLayers: 1, first: 2, every: 3 };
const B = 2, L = CFG.seqLen / RC.chunk, K = 2, R = 2 * RC.chunk;
const ids = Int32Array.from({ length: B * CFG.seqLen }, (_, i) => (i * 7 + 3) % 52);
const nbs = (seed: number): Int32Array => {
  const rng = new Rng(seed);
  return Int32Array.from({ length: B * L * K * R }, () => rng.int(52));
};

async function logits(model: TransformerLM, neighbours?: Int32Array): Promise<Float32Array> {
  const out = tf.tidy(() => {
    const ctx = neighbours ? RetroModel.context(tf.tensor4d(neighbours, [B, L, K, R], 'int32')) : undefined;
    return model.logits(tf.tensor2d(ids, [B, CFG.seqLen], 'int32'), ctx);
  });
  const d = await out.data<'float32'>();
  out.dispose();
  return d;
}

/** Largest |a - b| over the logits at positions [from, to) of every sequence. */
function maxDiff(a: Float32Array, b: Float32Array, from: number, to: number): number {
  const V = CFG.vocabSize;
  let worst = 0;
  for (let s = 0; s < B; s++) for (let t = from; t < to; t++) for (let v = 0; v < V; v++) {
    const i = (s * CFG.seqLen + t) * V + v;
    worst = Math.max(worst, Math.abs(a[i] - b[i]));
  }
  return worst;
}

describe('RETRO layers', () => {
  it('are every 3rd layer from layer 2 (1-based), as 0-based indices', () => {
    expect(retroLayers(4, 2, 3)).toEqual([1]);
    expect(retroLayers(6, 2, 3)).toEqual([1, 4]);
    expect(retroLayers(12, 6, 3)).toEqual([5, 8, 11]);
  });
});

describe('RetroModel', () => {
  it('shares the decoder initialisation with a baseline and is the baseline without neighbours (RETRO[Off])', async () => {
    const base = new TransformerLM(CFG, new Rng(5));
    const retro = new RetroModel(CFG, RC, new Rng(5));
    expect(await logits(retro.lm)).toEqual(await logits(base));
    expect(retro.lm.paramCount()).toBe(base.paramCount() + retro.retrievalParams().reduce((n, p) => n + p.variable.size, 0));
    base.dispose();
    retro.dispose();
  });

  it('is causal: changing the neighbours of chunk u leaves every prediction of chunks <= u unchanged', async () => {
    const retro = new RetroModel(CFG, { ...RC, first: 1, every: 1 }, new Rng(6));
    const m = RC.chunk;
    const a = nbs(1);
    const ref = await logits(retro.lm, a);
    for (let u = 0; u < L; u++) {
      const b = Int32Array.from(a);
      for (let s = 0; s < B; s++) for (let i = 0; i < K * R; i++) b[((s * L + u) * K) * R + i] = (a[((s * L + u) * K) * R + i] + 17) % 52;
      const out = await logits(retro.lm, b);
      // Logits at position t predict token t+1: tokens of chunks <= u are predicted at t <= (u+1)m - 2.
      expect(maxDiff(ref, out, 0, (u + 1) * m - 1)).toBe(0);
      // The m-1 shift: the last token of chunk u already attends to RET(C_u) to predict chunk u+1.
      if ((u + 1) * m - 1 < CFG.seqLen) expect(maxDiff(ref, out, (u + 1) * m - 1, (u + 1) * m)).toBeGreaterThan(0);
    }
    retro.dispose();
  });

  it('makes the first m-1 positions independent of all neighbours', async () => {
    const retro = new RetroModel(CFG, RC, new Rng(7));
    expect(maxDiff(await logits(retro.lm, nbs(1)), await logits(retro.lm, nbs(2)), 0, RC.chunk - 1)).toBe(0);
    retro.dispose();
  });

  it('trains the encoder and CCA through the shared trainStep, and leaves a frozen decoder alone when only retrieval params are optimised', async () => {
    const retro = new RetroModel(CFG, RC, new Rng(8));
    const y = Int32Array.from(ids, (v) => (v + 1) % 52);
    const ctx = RetroModel.context(tf.tensor4d(nbs(3), [B, L, K, R], 'int32'));
    const decoderBefore = await retro.lm.wte.table.variable.data();
    const encBefore = await retro.encoder.wte.table.variable.data();
    const opt = new AdamW(retro.retrievalParams());
    const before = tf.memory().numTensors;
    for (let s = 0; s < 2; s++) trainStep(retro.lm, opt, { x: ids, y, batchSize: B, seqLen: CFG.seqLen }, 1e-2, { ctx }).dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(await retro.lm.wte.table.variable.data()).toEqual(decoderBefore);
    expect(await retro.encoder.wte.table.variable.data()).not.toEqual(encBefore);
    opt.dispose();
    tf.dispose(ctx.neighbours);
    retro.dispose();
  });
});
