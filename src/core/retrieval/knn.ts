/**
 * Exact k-nearest-neighbour search by L2 distance on the active tfjs backend,
 * one matmul per block of queries (RETRO, Borgeaud et al. 2021, Sec. 2.3,
 * uses SCaNN; at browser scale brute force is exact and fast enough):
 *   d²(q, x) = |q|² − 2 q·x + |x|²
 * Keys are stored transposed [D, N] so the matmul needs no transpose flag
 * (slow on WASM). Optional exclusion: key j is skipped for query i when the
 * integer ranges [keyLo_j, keyHi_j] and [queryLo_i, queryHi_i] overlap
 * (RETRO: no neighbours from the training sequence's own documents). The
 * exclusion is a float penalty (step functions), not a boolean mask.
 */
import * as tf from '@tensorflow/tfjs-core';

/** Distances at or above this mark an excluded (or missing) neighbour. */
export const EXCLUDED = 1e8;

export interface KnnQuery {
  /** Row-major queries [Q, D]. */
  queries: Float32Array;
  k: number;
  /** Search only the first `limit` keys (a database prefix); default all. */
  limit?: number;
  /** Per-query ranges [Q] to exclude overlapping keys (needs key ranges). */
  queryLo?: Float32Array;
  queryHi?: Float32Array;
  /** Queries per matmul (bounds memory at block × N floats). */
  blockSize?: number;
}

export interface KnnResult {
  /** [Q, k] key indices, nearest first; -1 where fewer than k keys qualify. */
  indices: Int32Array;
  /** [Q, k] squared L2 distances. */
  distances: Float32Array;
  k: number;
}

export class KnnIndex {
  readonly size: number;
  readonly dim: number;
  private readonly keysT: tf.Tensor2D; // [D, N]
  private readonly norms: tf.Tensor2D; // [1, N]
  private readonly keyLo: tf.Tensor2D | null; // [1, N]
  private readonly keyHi: tf.Tensor2D | null; // [1, N]

  /** keys: row-major [N, D]; keyLo/keyHi: optional integer ranges [N] for exclusion. */
  constructor(keys: Float32Array, dim: number, ranges?: { lo: Float32Array; hi: Float32Array }) {
    if (!(dim >= 1) || keys.length % dim !== 0) throw new RangeError(`keys of length ${keys.length} do not split into rows of ${dim}`);
    this.dim = dim;
    this.size = keys.length / dim;
    if (this.size < 1) throw new RangeError('a kNN index needs at least one key');
    const norms = new Float32Array(this.size);
    for (let j = 0; j < this.size; j++) {
      let s = 0;
      for (let d = 0; d < dim; d++) s += keys[j * dim + d] ** 2;
      norms[j] = s;
    }
    this.keysT = tf.tidy(() => tf.transpose(tf.tensor2d(keys, [this.size, dim]))); // [D, N]
    this.norms = tf.tensor2d(norms, [1, this.size]);
    this.keyLo = ranges ? tf.tensor2d(ranges.lo, [1, this.size]) : null;
    this.keyHi = ranges ? tf.tensor2d(ranges.hi, [1, this.size]) : null;
  }

  async search(q: KnnQuery): Promise<KnnResult> {
    const D = this.dim;
    const Q = q.queries.length / D;
    if (!Number.isInteger(Q)) throw new RangeError(`queries of length ${q.queries.length} do not split into rows of ${D}`);
    const N = Math.min(this.size, Math.max(1, Math.floor(q.limit ?? this.size)));
    const k = Math.min(q.k, N);
    if (!(k >= 1)) throw new RangeError(`k must be at least 1, got ${q.k}`);
    const exclude = !!(q.queryLo && q.queryHi && this.keyLo && this.keyHi);
    const block = Math.max(1, q.blockSize ?? 256);
    const indices = new Int32Array(Q * q.k).fill(-1);
    const distances = new Float32Array(Q * q.k).fill(Infinity);
    for (let q0 = 0; q0 < Q; q0 += block) {
      const b = Math.min(block, Q - q0);
      const [vals, idx] = tf.tidy(() => {
        const qs = tf.tensor2d(q.queries.subarray(q0 * D, (q0 + b) * D), [b, D]); // [b, D]
        const keysT = N < this.size ? tf.slice(this.keysT, [0, 0], [D, N]) : this.keysT; // [D, N]
        const norms = N < this.size ? tf.slice(this.norms, [0, 0], [1, N]) : this.norms; // [1, N]
        const qn = tf.sum(tf.square(qs), 1, true); // [b, 1]
        let d2: tf.Tensor2D = tf.add(tf.sub(qn, tf.mul(tf.matMul(qs, keysT), 2)), norms); // [b, N]
        if (exclude && this.keyLo && this.keyHi && q.queryLo && q.queryHi) {
          const lo = tf.tensor2d(q.queryLo.subarray(q0, q0 + b), [b, 1]); // [b, 1]
          const hi = tf.tensor2d(q.queryHi.subarray(q0, q0 + b), [b, 1]); // [b, 1]
          const keyLo = N < this.size ? tf.slice(this.keyLo, [0, 0], [1, N]) : this.keyLo; // [1, N]
          const keyHi = N < this.size ? tf.slice(this.keyHi, [0, 0], [1, N]) : this.keyHi; // [1, N]
          // Ranges overlap iff keyHi >= lo and hi >= keyLo (integers, hence the +0.5 before step).
          const overlap = tf.mul(tf.step(tf.add(tf.sub(keyHi, lo), 0.5)), tf.step(tf.add(tf.sub(hi, keyLo), 0.5))); // [b, N]
          d2 = tf.add(d2, tf.mul(overlap, 2 * EXCLUDED));
        }
        const top = tf.topk(tf.neg(d2), k); // [b, k]
        return [tf.neg(top.values), top.indices];
      });
      const [v, i] = await Promise.all([vals.data(), idx.data()]);
      tf.dispose([vals, idx]);
      for (let r = 0; r < b; r++) {
        for (let j = 0; j < k; j++) {
          const dist = Math.max(0, v[r * k + j]);
          if (dist >= EXCLUDED) continue;
          indices[(q0 + r) * q.k + j] = i[r * k + j];
          distances[(q0 + r) * q.k + j] = dist;
        }
      }
    }
    return { indices, distances, k: q.k };
  }

  dispose(): void {
    tf.dispose([this.keysT, this.norms, ...(this.keyLo ? [this.keyLo] : []), ...(this.keyHi ? [this.keyHi] : [])]);
  }
}

/** The same search by plain loops, for tests: returns indices [Q, k] (-1 where none qualify). */
export function bruteForceKnn(keys: Float32Array, dim: number, queries: Float32Array, k: number, excluded?: (query: number, key: number) => boolean): Int32Array {
  const N = keys.length / dim, Q = queries.length / dim;
  const out = new Int32Array(Q * k).fill(-1);
  for (let i = 0; i < Q; i++) {
    const scored: { j: number; d: number }[] = [];
    for (let j = 0; j < N; j++) {
      if (excluded?.(i, j)) continue;
      let d = 0;
      for (let c = 0; c < dim; c++) d += (queries[i * dim + c] - keys[j * dim + c]) ** 2;
      scored.push({ j, d });
    }
    scored.sort((a, b) => a.d - b.d || a.j - b.j);
    for (let r = 0; r < Math.min(k, scored.length); r++) out[i * k + r] = scored[r].j;
  }
  return out;
}
