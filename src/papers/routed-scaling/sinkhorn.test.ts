import type { Tensor2D, Tensor3D } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { Rng } from '../../core/rng';
import { sinkhorn } from './sinkhorn';

const tf = await initNodeBackend('wasm');

function randomScores(n: number, e: number, scale: number, seed: number) {
  const rng = new Rng(seed);
  return tf.tensor2d(Array.from({ length: n * e }, () => rng.normal(0, scale)), [n, e]);
}

describe('sinkhorn', () => {
  it('makes a square score matrix doubly stochastic within 1e-3', async () => {
    const s = randomScores(8, 8, 2, 1);
    const p = sinkhorn(s, 60);
    const rows = await tf.sum(p, 1).data();
    const cols = await tf.sum(p, 0).data();
    for (const r of rows) expect(Math.abs(r - 1)).toBeLessThan(1e-3);
    for (const c of cols) expect(Math.abs(c - 1)).toBeLessThan(1e-3);
    tf.dispose([s, p]);
  });

  it('gives every expert N/E tokens of mass on a tall matrix, and balances a skewed router', async () => {
    // Every token prefers expert 0 strongly: argmax of the scores sends all 64 there.
    const s = tf.tidy(() => tf.add(randomScores(64, 4, 0.5, 2), tf.tensor1d([3, 0, 0, 0])) as Tensor2D);
    const p = sinkhorn(s, 60);
    const cols = await tf.sum(p, 0).data();
    for (const c of cols) expect(Math.abs(c - 16)).toBeLessThan(16e-3);
    const load = new Array(4).fill(0);
    for (const e of await tf.argMax(p, 1).data()) load[e]++;
    expect(Math.max(...load)).toBeLessThan(32);
    expect((await tf.argMax(s, 1).data()).every((e) => e === 0)).toBe(true);
    tf.dispose([s, p]);
  });

  it('balances each group of a [G, n, E] batch on its own', async () => {
    const s = tf.tidy((): Tensor3D => tf.reshape(randomScores(2 * 32, 4, 1, 4), [2, 32, 4]));
    const p = sinkhorn(s, 60);
    const cols = await tf.sum(p, 1).data(); // [G, E]
    for (const c of cols) expect(Math.abs(c - 8)).toBeLessThan(8e-3);
    const one = tf.tidy(() => sinkhorn(tf.slice3d(s, [0, 0, 0], [1, 32, 4]), 60));
    const first = await one.data();
    const whole = await p.data();
    for (let i = 0; i < first.length; i++) expect(whole[i]).toBeCloseTo(first[i], 5);
    tf.dispose([s, p, one]);
  });

  it('keeps no tensors', () => {
    const s = randomScores(16, 4, 1, 3);
    const before = tf.memory().numTensors;
    const p = sinkhorn(s, 3);
    expect(tf.memory().numTensors).toBe(before + 1);
    tf.dispose([s, p]);
  });
});
