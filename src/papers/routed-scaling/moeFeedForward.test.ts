import type { Tensor1D, Tensor2D } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { AdamW } from '../../core/nn/adamw';
import { DenseFeedForward, type LMConfig } from '../../core/lm';
import { Rng } from '../../core/rng';
import { capacity, dispatchMatrix, groupSize } from './dispatch';
import { HashRouter, hashTable } from './hashRouter';
import { MoeFeedForward, type MoeOptions } from './moeFeedForward';
import type { RouterKind } from './router';
import { routedModel } from './routedModel';
import { routedTrainStep } from './routedTrainStep';
import { gumbelNoise, routingContext } from './routingContext';

const tf = await initNodeBackend('wasm');
const CFG: LMConfig = { vocabSize: 20, seqLen: 8, dModel: 8, nLayers: 2, nHeads: 2, ffnRatio: 2, norm: 'layernorm', positions: 'learned' };
const opts = (router: RouterKind, experts: number, extra: Partial<MoeOptions> = {}): MoeOptions => ({ experts, router, capacityFactor: 2, groupSize: 16, sinkhornIters: 3, rlWeight: 0.1, ...extra });

function inputs(B: number, T: number, seed: number) {
  const rng = new Rng(seed);
  const x = tf.tensor3d(Array.from({ length: B * T * CFG.dModel }, () => rng.normal(0, 1)), [B, T, CFG.dModel]);
  const ids = tf.tensor2d(Array.from({ length: B * T }, () => rng.int(CFG.vocabSize)), [B, T], 'int32');
  return { x, ids };
}

describe('MoeFeedForward', () => {
  it.each(['hash', 'rlr', 'sbase', 'top1'] as const)('with E = 1 equals the dense FFN with the same weights (%s)', async (router) => {
    const dense = new DenseFeedForward('d', CFG, new Rng(1));
    const moe = new MoeFeedForward('m', 0, CFG, opts(router, 1), new Rng(2));
    moe.w1.variable.assign(tf.expandDims(dense.fc.w.variable, 0));
    moe.b1.variable.assign(tf.reshape(dense.fc.b!.variable, [1, 1, -1]));
    moe.w2.variable.assign(tf.expandDims(dense.out.w.variable, 0));
    moe.b2.variable.assign(tf.reshape(dense.out.b!.variable, [1, 1, -1]));
    const { x, ids } = inputs(2, 8, 3);
    const want = await dense.apply(x).data();
    for (const train of [true, false]) {
      const got = await tf.tidy(() => moe.apply(x, routingContext({ ids, train }))).data();
      for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i], 5);
    }
    moe.dispose();
    tf.dispose([x, ids, ...dense.weights.map((p) => p.variable), ...moe.weights.map((p) => p.variable)]);
  });

  it('gives every router a one-hot [N, E] assignment, a gate where learned, and load statistics', async () => {
    for (const router of ['sbase', 'rlr', 'hash', 'top1'] as const) {
      const moe = new MoeFeedForward('m', 0, CFG, opts(router, 4), new Rng(5));
      const { x, ids } = inputs(2, 8, 6);
      const r = tf.tidy(() => {
        const x2 = tf.reshape(x, [16, CFG.dModel]) as Tensor2D;
        const ctx = routingContext({ ids, train: true, gumbel: [gumbelNoise(16, 4, () => 0.5)], advantage: tf.ones([16]) as Tensor1D });
        const out = moe.router.route(x2, ctx);
        return { assign: out.assign, gate: out.gate ?? tf.scalar(-1), aux: out.aux ?? tf.scalar(-1) };
      });
      expect(r.assign.shape).toEqual([16, 4]);
      const rows = await tf.sum(r.assign, 1).data();
      expect(Array.from(rows).every((v) => v === 1)).toBe(true);
      if (router === 'sbase' || router === 'top1') expect(r.gate.shape).toEqual([16, 1]);
      else expect(r.gate.shape).toEqual([]);
      expect(r.aux.shape).toEqual([]);
      if (router === 'rlr') expect((await r.aux.data())[0]).not.toBe(-1);
      tf.tidy(() => moe.apply(x, routingContext({ ids, train: true })));
      const st = moe.lastStats()!;
      const v = await st.loadAndDropped.data();
      expect(v.length).toBe(5);
      expect(Array.from(v).slice(0, 4).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect((await st.expertOf.data()).length).toBe(16);
      moe.dispose();
      tf.dispose([x, ids, r.assign, r.gate, r.aux, ...moe.weights.map((p) => p.variable)]);
    }
  });

  it('balances S-BASE exactly while training (n/E tokens per expert in every capacity group) and routes greedily at evaluation', async () => {
    const moe = new MoeFeedForward('m', 0, CFG, opts('sbase', 4, { groupSize: 8 }), new Rng(5));
    // Positive inputs and a router that scores expert 0 by their sum: every token's greedy choice is expert 0.
    const rng = new Rng(11);
    const x = tf.tensor3d(Array.from({ length: 2 * 8 * CFG.dModel }, () => 1 + Math.abs(rng.normal(0, 1))), [2, 8, CFG.dModel]);
    const ids = tf.zeros([2, 8], 'int32') as Tensor2D;
    moe.router.weights[0].variable.assign(tf.tidy(() => tf.concat([tf.ones([CFG.dModel, 1]), tf.zeros([CFG.dModel, 3])], 1)));
    tf.tidy(() => moe.apply(x, routingContext({ ids, train: true })));
    const trained = Array.from(await moe.lastStats()!.expertOf.data());
    for (let g = 0; g < 2; g++) {
      const group = trained.slice(8 * g, 8 * g + 8);
      expect([0, 1, 2, 3].map((e) => group.filter((v) => v === e).length)).toEqual([2, 2, 2, 2]);
    }
    expect((await moe.lastStats()!.loadAndDropped.data())[4]).toBe(0);
    tf.tidy(() => moe.apply(x, routingContext({ ids, train: false })));
    expect(Array.from(await moe.lastStats()!.expertOf.data()).every((v) => v === 0)).toBe(true);
    moe.dispose();
    tf.dispose([x, ids, ...moe.weights.map((p) => p.variable)]);
  });

  it('routes every occurrence of a token id to the same expert under Hash', async () => {
    const table = hashTable(20, 4, new Rng(1));
    expect(new Set(table).size).toBe(4);
    expect([0, 1, 2, 3].map((e) => table.filter((t) => t === e).length)).toEqual([5, 5, 5, 5]);
    const moe = new MoeFeedForward('m', 0, CFG, opts('hash', 4), new Rng(5));
    const { x, ids } = inputs(2, 8, 7);
    tf.tidy(() => moe.apply(x, routingContext({ ids, train: false })));
    const experts = await moe.lastStats()!.expertOf.data();
    const idv = await ids.data();
    const router = moe.router;
    if (!(router instanceof HashRouter)) throw new Error('the hash MoE has no HashRouter');
    for (let i = 0; i < idv.length; i++) expect(experts[i]).toBe(router.table[idv[i]]);
    moe.dispose();
    tf.dispose([x, ids, ...moe.weights.map((p) => p.variable)]);
  });
});

describe('dispatch', () => {
  it('sizes capacity and groups, and drops tokens past an expert\'s capacity in queue order', async () => {
    expect(capacity(128, 8, 2)).toBe(32);
    expect(capacity(10, 3, 1)).toBe(4);
    expect(capacity(4, 1, 3)).toBe(4);
    expect(groupSize(512, 128)).toBe(128);
    expect(groupSize(96, 128)).toBe(96);
    expect(groupSize(7, 4)).toBe(1);
    // 5 tokens, all to expert 0 except token 3; capacity 2.
    const assign = tf.tensor3d([[[1, 0], [1, 0], [1, 0], [0, 1], [1, 0]]]);
    const d = dispatchMatrix(assign, 2);
    expect(d.shape).toEqual([1, 5, 4]);
    expect(await d.array()).toEqual([[[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]]]);
    tf.dispose([assign, d]);
  });
});

describe('routed training', () => {
  it('trains every router, updates learned router weights, and keeps the tensor count flat', async () => {
    for (const router of ['sbase', 'rlr', 'hash', 'top1'] as const) {
      const m = routedModel(CFG, opts(router, 4), new Rng(9));
      const opt = new AdamW(m.model.weights);
      const rng = new Rng(10);
      const batch = () => {
        const x = Int32Array.from({ length: 16 }, () => rng.int(20));
        return { x, y: Int32Array.from(x, (v) => (v + 1) % 20), batchSize: 2, seqLen: 8 };
      };
      const routerW = m.moes[0].router.weights[0];
      const w0 = routerW ? await routerW.variable.data() : null;
      const counts: number[] = [];
      for (let s = 0; s < 3; s++) {
        const l = routedTrainStep(m.model, opt, batch(), 1e-2, { router, experts: 4, clipNorm: 1, uniform: () => rng.next() });
        expect(Number.isFinite((await l.data())[0])).toBe(true);
        l.dispose();
        counts.push(tf.memory().numTensors);
      }
      expect(counts[2]).toBe(counts[1]);
      if (routerW && w0) {
        const w1 = await routerW.variable.data();
        expect(w1.some((v, i) => v !== w0[i])).toBe(true);
      }
      m.dispose();
      opt.dispose();
    }
  });
});
