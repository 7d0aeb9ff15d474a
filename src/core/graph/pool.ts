/** Sum pooling over the real nodes of a padded batch: the graph readout of GIN (Xu et al. 2019, Eq. 4.2). */
import * as tf from '@tensorflow/tfjs-core';

/** h [B, n, C], mask [B, n, 1] -> [B, C] */
export function sumPool(h: tf.Tensor3D, mask: tf.Tensor3D): tf.Tensor2D {
  return tf.sum(tf.mul(h, mask), 1);
}
