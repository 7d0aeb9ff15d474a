import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { conv3dSame, conv3dSameInput, downsample2, upsample2 } from './layers';

/** Gradients of a small conv → upsample → conv → downsample chain, on one backend. */
async function chainGrads(backend: 'cpu' | 'wasm'): Promise<number[][]> {
  await initNodeBackend(backend);
  const mk = (shape: number[], k: number) => tf.tensor(Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i * k)), shape);
  const x = mk([2, 4, 4, 4, 2], 0.37), w1 = mk([3, 3, 3, 2, 3], 0.71), w2 = mk([3, 3, 3, 3, 2], 0.53), r = mk([2, 4, 4, 4, 2], 0.29);
  const f = (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) =>
    tf.sum(tf.mul(downsample2(conv3dSame(upsample2(conv3dSame(a as tf.Tensor5D, b as tf.Tensor5D)), c as tf.Tensor5D)), r));
  const gs = tf.grads(f)([x, w1, w2]);
  const out = await Promise.all(gs.map(async (g) => Array.from(await g.data())));
  tf.dispose([x, w1, w2, r, ...gs]);
  return out;
}

describe('3-D layers with hand-written gradients', () => {
  it('the input-layer convolution has the same value and filter gradient, and no input gradient', async () => {
    await initNodeBackend('wasm');
    const mk = (shape: number[], k: number) => tf.tensor(Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i * k)), shape);
    const x = mk([1, 4, 4, 4, 2], 0.3), w = mk([3, 3, 3, 2, 3], 0.8), r = mk([1, 4, 4, 4, 3], 0.45);
    const f = (conv: typeof conv3dSame) => (a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(conv(a as tf.Tensor5D, b as tf.Tensor5D), r));
    const [dxRef, dwRef] = tf.grads(f(conv3dSame))([x, w]);
    const [dx, dw] = tf.grads(f(conv3dSameInput))([x, w]);
    const [a, b, c] = [await dw.data(), await dwRef.data(), await dx.data()];
    a.forEach((v, j) => expect(v).toBeCloseTo(b[j], 4));
    expect(Math.max(...Array.from(c, Math.abs))).toBe(0);
    tf.dispose([x, w, r, dxRef, dwRef, dx, dw]);
  });

  it('agree with tfjs-core\'s own conv3d gradients on the CPU backend, and WASM agrees with CPU', async () => {
    await initNodeBackend('cpu');
    const mk = (shape: number[], k: number) => tf.tensor(Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i * k)), shape);
    const x = mk([1, 4, 4, 4, 2], 0.3), w = mk([3, 3, 3, 2, 3], 0.8), r = mk([1, 4, 4, 4, 3], 0.45);
    const mine = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(conv3dSame(a as tf.Tensor5D, b as tf.Tensor5D), r)))([x, w]);
    const ref = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(tf.conv3d(a as tf.Tensor5D, b as tf.Tensor5D, 1, 'same'), r)))([x, w]);
    for (let i = 0; i < 2; i++) {
      const [m, f] = [await mine[i].data(), await ref[i].data()];
      m.forEach((v, j) => expect(v).toBeCloseTo(f[j], 4));
    }
    tf.dispose([x, w, r, ...mine, ...ref]);
    const cpu = await chainGrads('cpu');
    const wasm = await chainGrads('wasm');
    cpu.forEach((g, i) => g.forEach((v, j) => expect(wasm[i][j]).toBeCloseTo(v, 3)));
  });
});
