/**
 * Straight-through Gumbel-softmax (Jang, Gu & Poole 2017; hard = True in
 * vGraph's code): the forward value is the one-hot argmax of
 * softmax((logits + g) / τ) with g ~ Gumbel(0, 1); the backward pass treats it
 * as the soft sample.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../core/rng';

/** Gumbel(0, 1) noise −log(−log U), U uniform in (0, 1), from the seeded Rng. */
export function gumbelNoise(rows: number, cols: number, rng: Rng): Float32Array {
  const g = new Float32Array(rows * cols);
  for (let i = 0; i < g.length; i++) {
    const u = (rng.nextUint32() + 0.5) / 0x1_0000_0000;
    g[i] = -Math.log(-Math.log(u));
  }
  return g;
}

const straightThroughOp = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const soft = args[0] as tf.Tensor;
  const hard = tf.cast(tf.oneHot(tf.argMax(soft, -1) as tf.Tensor1D, soft.shape[soft.shape.length - 1]), 'float32');
  return { value: hard, gradFunc: (dy: tf.Tensor) => [dy] };
});

/** One-hot of the row-wise argmax forward, identity gradient backward: [E, K] -> [E, K]. */
export function straightThrough(soft: tf.Tensor2D): tf.Tensor2D {
  return straightThroughOp(soft) as tf.Tensor2D;
}

/** logits [E, K], noise [E, K] -> hard one-hot sample [E, K] with the soft gradient. */
export function gumbelSoftmaxHard(logits: tf.Tensor2D, noise: tf.Tensor2D, tau: number): tf.Tensor2D {
  return straightThrough(tf.softmax(tf.div(tf.add(logits, noise), tau)) as tf.Tensor2D);
}

/**
 * vGraph's schedule: every `every` epochs τ ← max(τ · exp(−rate · epoch), τ_min).
 * The code's non-overlapping script anneals every 100 epochs, its overlapping
 * script every 10 (with τ_min 0.1 instead of 0.3).
 */
export function annealTau(tau: number, epoch: number, rate: number, tauMin: number, every = 100): number {
  return epoch > 0 && epoch % every === 0 ? Math.max(tau * Math.exp(-rate * epoch), tauMin) : tau;
}

/** Advances `rng` past `times` draws of gumbelNoise(rows, cols): where a resumed run's noise stream stands. */
export function skipGumbelNoise(rows: number, cols: number, times: number, rng: Rng): void {
  for (let i = rows * cols * times; i > 0; i--) rng.nextUint32();
}
