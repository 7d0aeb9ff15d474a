/**
 * Diagonal Gaussians in tfjs: log-densities of sampled actions and the
 * per-dimension KL divergence that MPO's decoupled constraints use
 * (Abdolmaleki et al. 2018, Sec. 4; acme `mpo.py`).
 */
import * as tf from '@tensorflow/tfjs-core';

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * Per-dimension log N(a; mean, std): actions [N, B, A], mean and std [B, A]
 * (broadcast over N) -> [N, B, A].
 */
export function logProbPerDim(actions: tf.Tensor3D, mean: tf.Tensor2D, std: tf.Tensor2D): tf.Tensor3D {
  const z = tf.div(tf.sub(actions, mean), std); // [N, B, A]
  return tf.sub(tf.mul(-0.5, tf.add(tf.square(z), LOG_2PI)), tf.log(std)) as tf.Tensor3D;
}

/** log N(a; mean, std) summed over action dimensions -> [N, B]. */
export function logProb(actions: tf.Tensor3D, mean: tf.Tensor2D, std: tf.Tensor2D): tf.Tensor2D {
  return tf.sum(logProbPerDim(actions, mean, std), -1) as tf.Tensor2D;
}

/** KL(N(m1, s1) ‖ N(m2, s2)) per dimension: [B, A] each -> [B, A]. */
export function klPerDim(m1: tf.Tensor2D, s1: tf.Tensor2D, m2: tf.Tensor2D, s2: tf.Tensor2D): tf.Tensor2D {
  const v1 = tf.square(s1);
  const v2 = tf.square(s2);
  return tf.add(tf.sub(tf.log(tf.div(s2, s1)), 0.5), tf.div(tf.add(v1, tf.square(tf.sub(m1, m2))), tf.mul(2, v2))) as tf.Tensor2D;
}

/**
 * Samples [N, B, A] from N(mean, std) given standard-normal noise `eps`
 * [N*B*A] drawn by the caller's seeded Rng (the same on every backend).
 */
export function sample(mean: tf.Tensor2D, std: tf.Tensor2D, n: number, eps: Float32Array): tf.Tensor3D {
  const [B, A] = mean.shape;
  const noise = tf.tensor3d(eps, [n, B, A]); // [N, B, A]
  return tf.add(mean, tf.mul(std, noise)) as tf.Tensor3D;
}

/** N·B·A standard normals from a seeded Rng. */
export function normalNoise(rng: { normal(): number }, size: number): Float32Array {
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) out[i] = rng.normal();
  return out;
}

/** log N(a; mean, std) summed over dims, in plain JS (actors, teachers, tests). */
export function logProbJs(a: ArrayLike<number>, mean: ArrayLike<number>, std: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const z = (a[i] - mean[i]) / std[i];
    s += -0.5 * (z * z + LOG_2PI) - Math.log(std[i]);
  }
  return s;
}
