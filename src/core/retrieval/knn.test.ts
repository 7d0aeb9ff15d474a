import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../backend/nodeBackend';
import { Rng } from '../rng';
import { bruteForceKnn, KnnIndex } from './knn';

await initNodeBackend('wasm');

function randomRows(n: number, d: number, seed: number): Float32Array {
  const rng = new Rng(seed);
  return Float32Array.from({ length: n * d }, () => rng.normal(0, 1));
}

describe('exact kNN on the backend', () => {
  const D = 8, N = 300, Q = 37, K = 5;
  const keys = randomRows(N, D, 1), queries = randomRows(Q, D, 2);

  it('matches a brute-force CPU search, in blocks, with true squared distances', async () => {
    const index = new KnnIndex(keys, D);
    const res = await index.search({ queries, k: K, blockSize: 10 });
    expect(Array.from(res.indices)).toEqual(Array.from(bruteForceKnn(keys, D, queries, K)));
    const [i0, j0] = [0, res.indices[0]];
    let d = 0;
    for (let c = 0; c < D; c++) d += (queries[i0 * D + c] - keys[j0 * D + c]) ** 2;
    expect(res.distances[0]).toBeCloseTo(d, 3);
    index.dispose();
  });

  it('searches a prefix of the keys when given a limit', async () => {
    const index = new KnnIndex(keys, D);
    const res = await index.search({ queries, k: K, limit: 50 });
    expect(Array.from(res.indices)).toEqual(Array.from(bruteForceKnn(keys.subarray(0, 50 * D), D, queries, K)));
    index.dispose();
  });

  it('skips keys whose range overlaps the query range, and marks missing neighbours with -1', async () => {
    const lo = Float32Array.from({ length: N }, (_, j) => Math.floor(j / 10));
    const hi = Float32Array.from({ length: N }, (_, j) => Math.floor((j + 12) / 10));
    const qLo = Float32Array.from({ length: Q }, (_, i) => i);
    const qHi = Float32Array.from({ length: Q }, (_, i) => i + 2);
    const index = new KnnIndex(keys, D, { lo, hi });
    const res = await index.search({ queries, k: K, queryLo: qLo, queryHi: qHi });
    const excluded = (i: number, j: number) => hi[j] >= qLo[i] && qHi[i] >= lo[j];
    expect(Array.from(res.indices)).toEqual(Array.from(bruteForceKnn(keys, D, queries, K, excluded)));
    // Only 3 keys and all excluded for a query whose range covers them.
    const small = new KnnIndex(keys.subarray(0, 3 * D), D, { lo: new Float32Array([0, 0, 1]), hi: new Float32Array([0, 1, 1]) });
    const r2 = await small.search({ queries: queries.subarray(0, D), k: 2, queryLo: new Float32Array([1]), queryHi: new Float32Array([1]) });
    expect(Array.from(r2.indices)).toEqual([0, -1]);
    small.dispose();
    index.dispose();
  });

  it('leaves no tensors behind', async () => {
    const before = tf.memory().numTensors;
    const index = new KnnIndex(keys, D);
    await index.search({ queries, k: 2 });
    index.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
