/**
 * Competition among modules (Goyal et al. 2019, arXiv 1909.10893, Sec. 2.1):
 * the k_A modules that put the least attention on the null input are active.
 * Ranks are computed by pairwise comparison rather than tf.topk, so ties are
 * broken the same way on every backend: among equal null attentions the
 * module with the lower index wins. At the zero initial state every module
 * ties, so the first k_A modules start active.
 */
import * as tf from '@tensorflow/tfjs-core';

/**
 * nullAttn [K, B] -> mask [K, B] of 0/1 with exactly kA ones per column.
 * rank_i = #{j : a_j < a_i} + #{j < i : a_j = a_i}; active iff rank_i < kA.
 */
export function activeMask(nullAttn: tf.Tensor2D, kA: number): tf.Tensor2D {
  // A customGrad keeps the comparisons off the gradient tape (tfjs has no
  // gradient for Less): the mask is a constant for backprop, as in the paper.
  const masked = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const a = args[0] as tf.Tensor2D;
    return { value: rankMask(a, kA), gradFunc: () => tf.zerosLike(a) };
  });
  return masked(nullAttn) as tf.Tensor2D;
}

/** Float-only arithmetic (tf.step, no bool tensors): bool comparisons gave all-zero masks on WebGPU (SwiftShader). */
function rankMask(nullAttn: tf.Tensor2D, kA: number): tf.Tensor2D {
  return tf.tidy(() => {
    const K = nullAttn.shape[0];
    const before = Array.from({ length: K * K }, (_, n) => (n % K < Math.floor(n / K) ? 1 : 0)); // [i, j]: j < i
    const jBeforeI = tf.tensor3d(before, [K, K, 1]); // [K, K, 1]
    const diff = tf.sub(tf.expandDims(nullAttn, 1), tf.expandDims(nullAttn, 0)); // [K, K, B]: a_i − a_j
    const less = tf.step(diff); // a_j < a_i
    const equal = tf.sub(tf.sub(1, less), tf.step(tf.neg(diff))); // a_j = a_i
    const rank = tf.sum(tf.add(less, tf.mul(equal, jBeforeI)), 1); // [K, B]
    return tf.step(tf.sub(kA - 0.5, rank)) as tf.Tensor2D; // [K, B]: rank < k_A
  });
}
