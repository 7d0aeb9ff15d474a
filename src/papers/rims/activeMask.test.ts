import { describe, expect, it } from 'vitest';
import type * as tfc from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { activeMask } from './activeMask';

const tf = await initNodeBackend('wasm');

describe('activeMask', () => {
  it('activates the k_A modules with the least null attention, per sequence', async () => {
    // [K = 4, B = 2]
    const a = tf.tensor2d([[0.9, 0.1], [0.2, 0.8], [0.5, 0.3], [0.1, 0.7]]);
    expect(await activeMask(a, 2).array()).toEqual([[0, 1], [1, 0], [0, 1], [1, 0]]);
    expect(await activeMask(a, 1).array()).toEqual([[0, 1], [0, 0], [0, 0], [1, 0]]);
    expect(await activeMask(a, 4).array()).toEqual([[1, 1], [1, 1], [1, 1], [1, 1]]);
  });

  it('breaks ties by module index and always keeps exactly k_A', async () => {
    const a = tf.tensor2d([[0.5], [0.5], [0.5], [0.5], [0.5], [0.5]]);
    expect((await activeMask(a, 4).array()).flat()).toEqual([1, 1, 1, 1, 0, 0]);
    const b = tf.tensor2d([[0.7], [0.2], [0.2], [0.9], [0.2], [0.1]]);
    // 0.1 (5) first, then the three tied 0.2s by index (1, 2, 4): k_A = 3 takes 5, 1, 2.
    expect((await activeMask(b, 3).array()).flat()).toEqual([0, 1, 1, 0, 0, 1]);
  });

  it('passes no gradient through the selection', () => {
    const a = tf.tensor2d([[0.9], [0.1], [0.4]]);
    const g = tf.grad((x: tfc.Tensor) => tf.sum(tf.mul(activeMask(x as tfc.Tensor2D, 2), x)))(a);
    // d/dx of mask·x with a constant mask is the mask itself.
    expect(Array.from(g.dataSync())).toEqual([0, 1, 1]);
  });
});
