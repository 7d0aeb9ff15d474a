/**
 * a @ b with a gradient that transposes explicitly instead of passing
 * transpose flags to MatMul. On the tfjs 4.22 WASM backend a MatMul with
 * transposeA or transposeB runs 5-12x slower than tf.transpose followed by a
 * plain MatMul (measured on [512, 1024] x [512, 32]), and the stock gradient of
 * matMul uses those flags. Same values, same gradients; rank 2 or 3 (batched).
 */
import * as tf from '@tensorflow/tfjs-core';

const swapLast = (t: tf.Tensor): tf.Tensor => (t.rank === 3 ? tf.transpose(t, [0, 2, 1]) : tf.transpose(t));

const matMulPlainGrad = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [a, b, save] = args as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
  save([a, b]);
  return {
    value: tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [sa, sb] = saved;
      return [tf.matMul(dy as tf.Tensor2D, swapLast(sb) as tf.Tensor2D), tf.matMul(swapLast(sa) as tf.Tensor2D, dy as tf.Tensor2D)];
    },
  };
});

/** a [.., M, K] @ b [.., K, P] -> [.., M, P]; a and b of the same rank (2 or 3). */
export function plainMatMul<T extends tf.Tensor2D | tf.Tensor3D>(a: T, b: T): T {
  return matMulPlainGrad(a, b) as T;
}
