import type { Tensor3D } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { Rng } from '../../core/rng';
import { balancedAssignment } from './balancedAssignment';
import { sinkhorn } from './sinkhorn';

const tf = await initNodeBackend('wasm');

function scores(g: number, n: number, e: number, seed: number, bias: number[] = []): Tensor3D {
  const rng = new Rng(seed);
  return tf.tensor3d(Array.from({ length: g * n * e }, (_, i) => rng.normal(0, 1) + (bias[i % e] ?? 0)), [g, n, e]);
}

/** Tokens per expert in each group, and the expert of each token (-1 when none or several). */
async function loads(a: Tensor3D): Promise<{ perGroup: number[][]; expertOf: number[][] }> {
  const [G, n, E] = a.shape;
  const v = await a.data();
  const perGroup: number[][] = [], expertOf: number[][] = [];
  for (let g = 0; g < G; g++) {
    const load = new Array(E).fill(0), of: number[] = [];
    for (let i = 0; i < n; i++) {
      const row = Array.from(v.subarray((g * n + i) * E, (g * n + i + 1) * E));
      const ones = row.flatMap((x, e) => (x === 1 ? [e] : []));
      expect(row.every((x) => x === 0 || x === 1)).toBe(true);
      of.push(ones.length === 1 ? ones[0] : -1);
      ones.forEach((e) => load[e]++);
    }
    perGroup.push(load);
    expertOf.push(of);
  }
  return { perGroup, expertOf };
}

describe('balancedAssignment', () => {
  it('places every token on exactly one expert and every expert takes n/E tokens of each group, even when all prefer one expert', async () => {
    // Every token prefers expert 0 by far: the row argmax would send all 32 of a group there.
    const s = scores(3, 32, 4, 1, [6, 0, 0, 0]);
    const a = tf.tidy(() => balancedAssignment(sinkhorn(s, 3)));
    const { perGroup, expertOf } = await loads(a);
    expect(perGroup).toEqual([[8, 8, 8, 8], [8, 8, 8, 8], [8, 8, 8, 8]]);
    expect(expertOf.flat().every((e) => e >= 0)).toBe(true);
    tf.dispose([s, a]);
  });

  it('caps each expert at ceil(n/E) when E does not divide n, and with one expert takes them all', async () => {
    const s = scores(2, 10, 4, 2, [0, 3, 0, 0]);
    const a = tf.tidy(() => balancedAssignment(sinkhorn(s, 5)));
    const { perGroup, expertOf } = await loads(a);
    for (const load of perGroup) {
      expect(load.reduce((x, y) => x + y, 0)).toBe(10);
      expect(Math.max(...load)).toBe(3);
    }
    expect(expertOf.flat().every((e) => e >= 0)).toBe(true);
    const one = tf.tidy(() => balancedAssignment(tf.ones([1, 5, 1]) as Tensor3D));
    expect(Array.from(await one.data())).toEqual([1, 1, 1, 1, 1]);
    tf.dispose([s, a, one]);
  });

  it('keeps a preferred expert for the tokens that prefer it most, and gives ties to the earlier token', async () => {
    // 4 tokens, 2 experts (2 slots each): tokens 0-2 prefer expert 0, token 1 most, then 0 and 2 tied.
    const p = tf.tensor3d([[[0.7, 0.3], [0.9, 0.1], [0.7, 0.3], [0.2, 0.8]]]);
    const a = balancedAssignment(p);
    expect((await loads(a)).expertOf).toEqual([[0, 0, 1, 1]]);
    // An already balanced argmax is left as it is.
    const q = tf.tensor3d([[[0.9, 0.1], [0.2, 0.8], [0.6, 0.4], [0.4, 0.6]]]);
    const b = balancedAssignment(q);
    expect((await loads(b)).expertOf).toEqual([[0, 1, 0, 1]]);
    tf.dispose([p, a, q, b]);
  });

  it('keeps no tensors', () => {
    const p = tf.softmax(scores(2, 16, 4, 3)) as Tensor3D;
    const before = tf.memory().numTensors;
    const a = balancedAssignment(p);
    expect(tf.memory().numTensors).toBe(before + 1);
    tf.dispose([p, a]);
  });
});
