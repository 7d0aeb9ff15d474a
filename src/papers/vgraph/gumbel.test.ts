import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { Rng } from '../../core/rng';
import { annealTau, gumbelNoise, gumbelSoftmaxHard } from './gumbel';

const tf = await initNodeBackend('wasm');

describe('Gumbel-softmax', () => {
  it('draws Gumbel(0,1) noise: mean near the Euler–Mascheroni constant', () => {
    const g = gumbelNoise(200, 50, new Rng(3));
    const mean = g.reduce((a, b) => a + b, 0) / g.length;
    expect(mean).toBeCloseTo(0.5772, 1);
    expect(g.every(Number.isFinite)).toBe(true);
  });
  it('is one-hot forward with the soft sample\'s gradient backward', async () => {
    const logits = tf.tensor2d([[2, 0, 0], [0, 0, 3]]);
    const zero = tf.zeros([2, 3]) as typeof logits;
    const z = gumbelSoftmaxHard(logits, zero, 1);
    expect(await z.array()).toEqual([[1, 0, 0], [0, 0, 1]]);
    const weights = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
    const hard = tf.grad((x) => tf.sum(tf.mul(gumbelSoftmaxHard(x as typeof logits, zero, 1), weights)))(logits);
    const soft = tf.grad((x) => tf.sum(tf.mul(tf.softmax(x), weights)))(logits);
    const [h, s] = await Promise.all([hard.data(), soft.data()]);
    for (let i = 0; i < h.length; i++) expect(h[i]).toBeCloseTo(s[i], 6);
    tf.dispose([logits, zero, z, weights, hard, soft]);
  });
  it('anneals every 100 epochs down to the floor', () => {
    expect(annealTau(1, 50, 3e-5, 0.3)).toBe(1);
    expect(annealTau(1, 100, 3e-5, 0.3)).toBeCloseTo(Math.exp(-3e-3), 12);
    expect(annealTau(0.31, 1000, 1, 0.3)).toBe(0.3);
    expect(annealTau(1, 0, 1, 0.3)).toBe(1);
  });
  it('anneals every 10 epochs as the overlapping script does, down to its floor of 0.1', () => {
    expect(annealTau(1, 15, 3e-5, 0.1, 10)).toBe(1);
    expect(annealTau(1, 20, 3e-5, 0.1, 10)).toBeCloseTo(Math.exp(-6e-4), 12);
    // Every 10 epochs through epoch 1000: τ = exp(−3e-5 · 10 · (1 + … + 100)) ≈ 0.22.
    let tau = 1;
    for (let e = 0; e <= 1000; e++) tau = annealTau(tau, e, 3e-5, 0.1, 10);
    expect(tau).toBeCloseTo(Math.exp(-3e-5 * 10 * 5050), 10);
    for (let e = 1001; e <= 2000; e++) tau = annealTau(tau, e, 3e-5, 0.1, 10);
    expect(tau).toBe(0.1);
  });
});
