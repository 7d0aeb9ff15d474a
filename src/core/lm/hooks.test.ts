import { afterAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../backend/nodeBackend';
import { Rng } from '../rng';
import { AdamW } from '../nn/adamw';
import { countParams } from './count';
import { DenseFeedForward } from './denseFeedForward';
import type { CrossAttentionFactory, FeedForward, FeedForwardFactory } from './hooks';
import { Linear } from './linear';
import { TransformerLM } from './model';
import { GPT2_STD, createWeight } from '../nn/weight';
import { SHAPE_A } from './testConfigs';
import { trainStep } from './train';

const T = SHAPE_A.seqLen;
const x = Int32Array.from({ length: 2 * T }, (_, i) => (i * 7) % 52);
const y = Int32Array.from({ length: 2 * T }, (_, i) => (i * 5 + 1) % 52);
const logitsOf = async (m: TransformerLM, ctx?: Record<string, tf.Tensor>): Promise<Float32Array> => {
  const out = tf.tidy(() => m.logits(tf.tensor2d(x, [2, T], 'int32'), ctx));
  const d = (await out.data()) as Float32Array;
  out.dispose();
  return d;
};

await initNodeBackend('wasm');

describe('FFN hook (mixture-of-experts slot)', () => {
  const base = new TransformerLM(SHAPE_A, new Rng(3));
  afterAll(() => base.dispose());

  it('replaces the dense FFN, is called once per layer, and adds its auxiliary loss', async () => {
    let calls = 0;
    const counting: FeedForwardFactory = (layer, cfg, rng) => {
      const dense = new DenseFeedForward(`h.${layer}.ffn`, cfg, rng);
      return {
        weights: dense.weights,
        flopsPerToken: dense.flopsPerToken,
        apply: (h) => {
          calls++;
          return dense.apply(h);
        },
        auxLoss: () => tf.scalar(0.25),
      };
    };
    const m = new TransformerLM(SHAPE_A, new Rng(3), { ffn: counting });
    expect(await logitsOf(m)).toEqual(await logitsOf(base));
    expect(calls).toBe(SHAPE_A.nLayers);
    const parts = m.loss(tf.tensor2d(x, [2, T], 'int32'), tf.tensor2d(y, [2, T], 'int32'));
    const [ce, aux, total] = [(await parts.ce.data())[0], (await parts.aux.data())[0], (await parts.total.data())[0]];
    tf.dispose([parts.ce, parts.aux, parts.total]);
    expect(aux).toBeCloseTo(0.25 * SHAPE_A.nLayers, 6);
    expect(total).toBeCloseTo(ce + 0.25 * SHAPE_A.nLayers, 5);
    m.dispose();
  });

  it('counts the parameters of a different FFN and trains through it', async () => {
    const E = SHAPE_A.dModel;
    const linearFfn: FeedForwardFactory = (layer, cfg, rng) => {
      const lin = new Linear(`h.${layer}.lin`, cfg.dModel, cfg.dModel, GPT2_STD, rng);
      const ffn: FeedForward = { weights: lin.weights, flopsPerToken: 2 * E * E, apply: (h) => lin.apply(h) };
      return ffn;
    };
    const m = new TransformerLM(SHAPE_A, new Rng(3), { ffn: linearFfn });
    expect(m.paramCount()).toBe(countParams(SHAPE_A, { ffnParams: E * E + E }).total);
    const opt = new AdamW(m.weights);
    const before = await logitsOf(m);
    const loss = trainStep(m, opt, { x, y, batchSize: 2, seqLen: T }, 1e-2);
    loss.dispose();
    expect(await logitsOf(m)).not.toEqual(before);
    opt.dispose();
    m.dispose();
  });
});

describe('cross-attention hook (RETRO slot)', () => {
  const base = new TransformerLM(SHAPE_A, new Rng(4));
  afterAll(() => base.dispose());

  it('leaves the model unchanged when the module is the identity, on the layers it is placed', async () => {
    const layers: number[] = [];
    const identity: CrossAttentionFactory = (layer) =>
      layer === 1 ? { weights: [], flopsPerToken: 0, apply: (h) => (layers.push(layer), h) } : null;
    const m = new TransformerLM(SHAPE_A, new Rng(4), { crossAttention: identity });
    expect(await logitsOf(m)).toEqual(await logitsOf(base));
    expect(layers).toEqual([1]);
    expect(m.paramCount()).toBe(base.paramCount());
    m.dispose();
  });

  it('reads the forward context and owns its parameters', async () => {
    const gated: CrossAttentionFactory = (layer, _cfg, rng) => {
      const gate = createWeight(`h.${layer}.cross.gate`, [1], { kind: 'ones' }, rng, false);
      return {
        weights: [gate],
        flopsPerToken: 0,
        apply: (h, ctx) => (ctx.memory ? tf.add(h, tf.mul(ctx.memory, gate.variable)) : h), // [B, T, E]
      };
    };
    const m = new TransformerLM(SHAPE_A, new Rng(4), { crossAttention: gated });
    expect(m.paramCount()).toBe(base.paramCount() + SHAPE_A.nLayers);
    const zero = tf.zeros([2, T, SHAPE_A.dModel]);
    const ones = tf.ones([2, T, SHAPE_A.dModel]);
    expect(await logitsOf(m, { memory: zero })).toEqual(await logitsOf(base));
    expect(await logitsOf(m, { memory: ones })).not.toEqual(await logitsOf(base));
    tf.dispose([zero, ones]);
    m.dispose();
  });
});
