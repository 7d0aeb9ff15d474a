/**
 * Categorical distributions over K discrete choices in tfjs (the teacher
 * choice of Mishra et al. 2023's humanoid agent) and their plain-JS twins.
 * Choices are picked with one-hot masks, not `gather`: gather's gradient
 * (UnsortedSegmentSum) is missing on WASM, and masks are float ops, which are
 * safe on WebGPU. Sampling uses Gumbel noise from the caller's seeded Rng, so
 * every backend draws the same choices and nothing is read back.
 */
import * as tf from '@tensorflow/tfjs-core';

/** log π(c | s) of choices: logits [B, K], choice [N, B] (int32 or whole floats) -> [N, B]. */
export function categoricalLogProb(logits: tf.Tensor2D, choice: tf.Tensor2D): tf.Tensor2D {
  const K = logits.shape[1];
  const mask = tf.oneHot(tf.cast(choice, 'int32'), K); // [N, B, K]
  return tf.sum(tf.mul(mask, tf.logSoftmax(logits)), -1) as tf.Tensor2D; // [N, B]
}

/** KL(p ‖ q) per state between categoricals given by logits [B, K] -> [B]. */
export function categoricalKl(pLogits: tf.Tensor2D, qLogits: tf.Tensor2D): tf.Tensor1D {
  const lp = tf.logSoftmax(pLogits); // [B, K]
  return tf.sum(tf.mul(tf.exp(lp), tf.sub(lp, tf.logSoftmax(qLogits))), -1) as tf.Tensor1D;
}

/** Entropy per state: logits [B, K] -> [B]. */
export function categoricalEntropy(logits: tf.Tensor2D): tf.Tensor1D {
  const lp = tf.logSoftmax(logits); // [B, K]
  return tf.neg(tf.sum(tf.mul(tf.exp(lp), lp), -1)) as tf.Tensor1D;
}

/** N·B·K standard Gumbel variates −log(−log u) from a seeded Rng. */
export function gumbelNoise(rng: { next(): number }, size: number): Float32Array {
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    const u = Math.min(Math.max(rng.next(), 1e-12), 1 - 1e-12);
    out[i] = -Math.log(-Math.log(u));
  }
  return out;
}

/**
 * N choices per state by the Gumbel-max trick: argmax_k(logits + g) ~ softmax(logits).
 * logits [B, K], gumbel [N*B*K] from `gumbelNoise` -> int32 [N, B].
 */
export function sampleChoices(logits: tf.Tensor2D, n: number, gumbel: Float32Array): tf.Tensor2D {
  const [B, K] = logits.shape;
  const g = tf.tensor3d(gumbel, [n, B, K]); // [N, B, K]
  return tf.argMax(tf.add(logits, g), -1) as tf.Tensor2D; // [N, B]
}

/** log-softmax of one state's logits in plain JS. */
export function logSoftmaxJs(logits: ArrayLike<number>): Float64Array {
  let m = -Infinity;
  for (let i = 0; i < logits.length; i++) m = Math.max(m, logits[i]);
  let s = 0;
  for (let i = 0; i < logits.length; i++) s += Math.exp(logits[i] - m);
  const lse = m + Math.log(s);
  return Float64Array.from(logits, (x) => x - lse);
}

/** log π(c) for one state in plain JS (actors, tests). */
export function categoricalLogProbJs(logits: ArrayLike<number>, choice: number): number {
  return logSoftmaxJs(logits)[choice];
}

/** One choice for one state from a seeded Rng (the actor's teacher pick). */
export function sampleChoiceJs(logits: ArrayLike<number>, rng: { categorical(w: ArrayLike<number>): number }): number {
  return rng.categorical(logSoftmaxJs(logits).map(Math.exp));
}
