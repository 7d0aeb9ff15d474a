/**
 * Runs f as one custom op whose gradient is zero for every input, so its
 * inner ops (argmax, one-hot, Sinkhorn, queue positions) never reach the
 * training tape: routing decisions are discrete, and backpropagating zeros
 * through them only costs time and exposes kernels' gradient edge cases.
 */
import * as tf from '@tensorflow/tfjs-core';

export function noGrad<T extends tf.Tensor>(f: (...xs: tf.Tensor[]) => T, ...inputs: tf.Tensor[]): T {
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const xs = args.slice(0, inputs.length) as tf.Tensor[];
    return { value: f(...xs), gradFunc: () => xs.map((x) => tf.zerosLike(x)) };
  });
  return op(...inputs) as T;
}
