import { describe, expect, it } from 'vitest';
import type * as tfc from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { Rng } from '../../core/rng';
import { copyingBatch } from './copyingTask';
import { RimCell, type RimConfig } from './rimCell';
import { auditStates } from './stateAudit';

const tf = await initNodeBackend('wasm');
const CFG: RimConfig = { inputSize: 10, modules: 5, active: 2, hidden: 6, inputKey: 4, inputValue: 7, commHeads: 2, commKey: 3, commValue: 3, rnn: 'lstm' };

describe('InputAttention', () => {
  it('puts attention σ(−s) on the null row: a two-way softmax over [0; x] with a zero null key', async () => {
    const cell = new RimCell(CFG, new Rng(1));
    try {
      const x = tf.tensor2d([[0, 1, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]]); // [B = 2, 10]
      const h = tf.randomNormal([5, 2, 6], 0, 1, 'float32', 3) as tfc.Tensor3D;
      const { nullAttn, read } = cell.input.apply(x, h, null);
      // By hand: K = [0; x Wk], V = [0; x Wv], softmax over the two rows.
      const [wk, wv] = tf.split(cell.input.keyValue.w.variable, [CFG.inputKey, CFG.inputValue], 1);
      const k = tf.matMul(x, wk); // [B, dk]
      const v = tf.matMul(x, wv); // [B, V]
      const q = tf.matMul(h, cell.input.query.w.variable as tfc.Tensor3D); // [K, B, dk]
      const s = tf.div(tf.sum(tf.mul(q, k), 2), Math.sqrt(CFG.inputKey)); // [K, B]
      const p = tf.softmax(tf.stack([tf.zerosLike(s), s], 2)); // [K, B, 2]
      const [pNull, pX] = tf.unstack(p, 2);
      const close = (a: tfc.Tensor, b: tfc.Tensor) => expect(tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]).toBeLessThan(1e-6);
      close(nullAttn, pNull);
      close(read, tf.mul(tf.expandDims(pX, 2), v));
      // A zero input sees only the null row's zero value: attention 1/2 each way, nothing read.
      const z = cell.input.apply(tf.zeros([2, 10]) as tfc.Tensor2D, h, null);
      close(z.nullAttn, tf.fill([5, 2], 0.5));
      close(z.read, tf.zeros([5, 2, 7]));
    } finally {
      cell.dispose();
    }
  });
});

describe('RimCell', () => {
  for (const rnn of ['lstm', 'gru'] as const) {
    it(`${rnn}: exactly k_A modules change per step; held modules keep their bits`, async () => {
      const cell = new RimCell({ ...CFG, rnn }, new Rng(2));
      try {
        const before = tf.memory().numTensors;
        const a = await auditStates(cell, copyingBatch(6, 8, new Rng(3)), new Rng(4));
        expect(a.checked).toBe(26 * 8);
        expect(a).toMatchObject({ wrongCount: 0, heldButChanged: 0, activeUnchanged: 0 });
        expect(tf.memory().numTensors).toBe(before);
      } finally {
        cell.dispose();
      }
    });
  }

  it('sends no gradient to an inactive module’s own weights', () => {
    const cell = new RimCell(CFG, new Rng(5));
    try {
      // From the zero state all modules tie, so modules 0 and 1 are active for every sequence.
      const s = cell.initState(3);
      const x = tf.tensor2d(Array.from({ length: 30 }, (_, i) => (i % 7) / 7), [3, 10]);
      const own = [cell.rnn.wx.w, cell.rnn.wx.b!, cell.comm.qkv.w, cell.comm.out.w, cell.comm.out.b!, cell.input.query.w];
      const { grads } = tf.variableGrads(() => {
        const out = cell.step(x, s, null);
        return tf.sum(tf.square(tf.add(out.h, out.c!))) as tfc.Scalar;
      }, own.map((p) => p.variable));
      const wx = grads[cell.rnn.wx.w.variable.name]; // [K, In, 4H]
      const perModule = tf.sum(tf.abs(wx), [1, 2]).dataSync();
      expect(perModule[0]).toBeGreaterThan(0);
      expect(perModule[1]).toBeGreaterThan(0);
      expect(Array.from(perModule.slice(2))).toEqual([0, 0, 0]);
      const out = tf.sum(tf.abs(grads[cell.comm.out.w.variable.name]), [1, 2]).dataSync();
      expect(Array.from(out.slice(2))).toEqual([0, 0, 0]);
    } finally {
      cell.dispose();
    }
  });

  it('rejects k_A > k_T', () => {
    expect(() => new RimCell({ ...CFG, active: 6 }, new Rng(1))).toThrow(/k_A = 6/);
  });
});
