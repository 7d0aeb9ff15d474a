/** Gradient clipping by the global L2 norm over all gradients (Pascanu et al. 2013). */
import * as tf from '@tensorflow/tfjs-core';

/** Scales every gradient by min(1, maxNorm / ||g||), the norm taken over all of them. */
export function clipByGlobalNorm(grads: tf.NamedTensorMap, maxNorm: number): tf.NamedTensorMap {
  return tf.tidy(() => {
    const names = Object.keys(grads);
    // Summed pairwise, not with tf.addN: WebGPU's AddN binds one storage buffer per input, and past 7
    // inputs (SwiftShader allows 8 per stage) its pipeline fails to build and the sum comes out garbage.
    const sq = names.map((n) => tf.sum(tf.square(grads[n]))).reduce((a, b) => tf.add(a, b)); // []
    const scale = tf.minimum(tf.div(maxNorm, tf.add(tf.sqrt(sq), 1e-6)), 1); // []
    const out: tf.NamedTensorMap = {};
    for (const n of names) out[n] = tf.mul(grads[n], scale);
    return out;
  });
}
