/**
 * Sinkhorn-Knopp balancing for S-BASE routing (Clark et al. 2022, arXiv
 * 2202.01169, Sec. 2.2; Sinkhorn 1964; as in Megatron-Core's sinkhorn router).
 * From router scores S [N, E], find diagonal scalings r, c such that
 *   P = diag(r) exp(S) diag(c)
 * has rows summing to 1 (each token is routed once) and columns summing to
 * N/E (each expert gets an equal share), by rescaling columns then rows
 * `iters` times. The assignment argmax_e P[n, e] is then close to balanced.
 */
import * as tf from '@tensorflow/tfjs-core';

const EPS = 1e-9;

/**
 * scores [N, E] -> P [N, E], rows sum to 1, columns approach N/E as iters
 * grows; scores [G, n, E] balances each group of n on its own (columns → n/E).
 */
export function sinkhorn<T extends tf.Tensor2D | tf.Tensor3D>(scores: T, iters: number): T {
  return tf.tidy(() => {
    const [N, E] = scores.shape.slice(-2);
    let p: tf.Tensor = tf.exp(tf.sub(scores, tf.max(scores))); // [..., N, E], max entry 1
    for (let i = 0; i < iters; i++) {
      p = tf.div(p, tf.add(tf.mul(tf.sum(p, -2, true), E / N), EPS)); // columns sum to N/E
      p = tf.div(p, tf.add(tf.sum(p, -1, true), EPS)); // rows sum to 1
    }
    return p as T;
  });
}
