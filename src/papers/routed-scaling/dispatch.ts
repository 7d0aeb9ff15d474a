/**
 * Capacity-limited dispatch of a top-1 mixture of experts (Switch-style,
 * Fedus et al. 2021, Sec. 2.1; Lepikhin et al. 2020, GShard's groups): the
 * batch's tokens are split into groups of n; in each group every expert takes
 * at most C = ceil(capacityFactor · n / E) tokens, first come first served in
 * token order, and the rest overflow and skip the FFN (the residual
 * connection carries them). Dispatch is a one-hot [G, n, E·C] tensor, so
 * moving tokens to experts and back is two batched matmuls: no gather, whose
 * gradient the WASM backend lacks. Groups keep those matmuls O(N · n), not O(N²).
 */
import * as tf from '@tensorflow/tfjs-core';
import { oneHot } from './oneHot';

/** Slots per expert: ceil(capacityFactor · n / E), between 1 and n. */
export function capacity(tokens: number, experts: number, capacityFactor: number): number {
  return Math.max(1, Math.min(tokens, Math.ceil((capacityFactor * tokens) / experts)));
}

/** Tokens per group: the largest divisor of N that is at most `target` (at least 1). */
export function groupSize(tokens: number, target: number): number {
  for (let n = Math.min(tokens, Math.max(1, Math.floor(target))); n > 1; n--) if (tokens % n === 0) return n;
  return 1;
}

/** [n, n] with ones strictly below the diagonal: row i sums the rows before i ([i, j] = 1 when j < i). */
export function strictlyLower(n: number): tf.Tensor2D {
  const v = new Float32Array(n * n);
  for (let i = 0; i < n; i++) v.fill(1, i * n, i * n + i);
  return tf.tensor2d(v, [n, n]);
}

/**
 * assign [G, n, E] one-hot -> dispatch [G, n, E·C]: row (g, i) has a single 1
 * at e·C + (i's place in expert e's queue of group g) if that place is < C,
 * else is all zeros. Queue places come from a triangular matmul, not Cumsum,
 * whose gradient (tfjs 4.22) mis-shapes inner axes. Call through noGrad in training.
 */
export function dispatchMatrix(assign: tf.Tensor3D, slots: number): tf.Tensor3D {
  return tf.tidy(() => {
    const [G, n, E] = assign.shape;
    const before = tf.matMul(tf.tile(tf.expandDims(strictlyLower(n), 0), [G, 1, 1]) as tf.Tensor3D, assign); // [G, n, E] tokens ahead in each queue
    const place = tf.cast(tf.sum(tf.mul(before, assign), 2), 'int32'); // [G, n]
    const slot = oneHot(place, slots); // [G, n, C], zeros when place >= C
    const d = tf.mul(tf.expandDims(assign, 3), tf.expandDims(slot, 2)); // [G, n, E, C]
    return tf.reshape(d, [G, n, E * slots]);
  });
}
