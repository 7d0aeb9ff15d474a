/**
 * Float one-hot that also takes depth 1 (tf.oneHot needs depth ≥ 2; one
 * expert or one capacity slot is legitimate here). For depth 1 the column is
 * 1 where the index is 0, as max(0, 1 − index), an op with a gradient,
 * since these tensors sit on the training tape.
 */
import * as tf from '@tensorflow/tfjs-core';
import { oneHotFloat } from '../../core/lm/embedding';

/** ids [...] int32 -> float32 [..., depth]; indices outside [0, depth) give zero rows. */
export function oneHot<R extends tf.Rank>(ids: tf.Tensor<R>, depth: number): tf.Tensor {
  if (depth >= 2) return oneHotFloat(ids, depth);
  return tf.tidy(() => tf.expandDims(tf.relu(tf.sub(1, tf.cast(ids, 'float32'))), -1));
}
