/**
 * The Jensen-Shannon mutual-information estimator of InfoGraph (Sun et al.
 * 2020, arXiv 1908.01000, Eq. 4; Hjelm et al. 2019, DIM), in the form of the
 * official code (`cortex_DIM/functions/gan_losses.py`, measure 'JSD'):
 *   E_pos(s) = log 2 − softplus(−s)          (a node with its own graph)
 *   E_neg(s) = softplus(−s) + s − log 2      (a node with every other graph of the batch)
 *   loss = mean(E_neg) − mean(E_pos),  MI estimate = mean(E_pos) − mean(E_neg).
 */
import * as tf from '@tensorflow/tfjs-core';

export const LOG2 = Math.log(2);

export function positiveExpectation(s: tf.Tensor): tf.Tensor {
  return tf.sub(LOG2, tf.softplus(tf.neg(s)));
}

export function negativeExpectation(s: tf.Tensor): tf.Tensor {
  return tf.add(tf.softplus(tf.neg(s)), tf.sub(s, LOG2));
}

export interface JsdTerms {
  loss: tf.Scalar;
  /** The JSD MI estimate, mean(E_pos) − mean(E_neg). */
  mi: tf.Scalar;
}

/**
 * local [N, D] node projections, global [B, D] graph projections,
 * pos [N, B] one-hot graph of each node, nodeMask [N, 1] (0 for padding).
 * Means run over real nodes: N_real positive pairs and N_real·(B−1) negatives.
 */
export function localGlobalJsd(local: tf.Tensor2D, global: tf.Tensor2D, pos: tf.Tensor2D, nodeMask: tf.Tensor2D): JsdTerms {
  const B = global.shape[0];
  const s = tf.matMul(local, global, false, true); // [N, B]
  const realPos = tf.mul(pos, nodeMask); // [N, B]
  const realNeg = tf.mul(tf.sub(1, pos), nodeMask); // [N, B]
  const nodes = tf.maximum(tf.sum(nodeMask), 1);
  const ePos = tf.div(tf.sum(tf.mul(positiveExpectation(s), realPos)), nodes);
  const eNeg = tf.div(tf.sum(tf.mul(negativeExpectation(s), realNeg)), tf.mul(nodes, Math.max(1, B - 1)));
  return { loss: tf.sub(eNeg, ePos) as tf.Scalar, mi: tf.sub(ePos, eNeg) as tf.Scalar };
}
