/**
 * A 3-layer MLP regression model with SGD: the Device page's training-step
 * benchmark and the first `npm run bench` entry. Weights are tf.Variables so
 * one step is the usual forward, backward and update.
 */
import type { Tf } from '../experiment';
import type { Rng } from '../rng';
import type { Scalar, Tensor2D, Variable } from '@tensorflow/tfjs-core';
import { gradientStep, type Optimizer } from '../train/gradientStep';

export interface Mlp {
  variables: Variable[];
  /** One SGD step on (x, y); resolves to the loss before the update, once the backend has finished. */
  step(x: Tensor2D, y: Tensor2D, lr: number): Promise<number>;
  dispose(): void;
}

export function makeMlp(tf: Tf, rng: Rng, sizes: readonly number[]): Mlp {
  const variables: Variable[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    const [fanIn, fanOut] = [sizes[i], sizes[i + 1]];
    // He initialisation for ReLU layers.
    variables.push(tf.tidy(() => tf.variable(tf.randomNormal([fanIn, fanOut], 0, Math.sqrt(2 / fanIn), 'float32', rng.tfSeed()))));
    variables.push(tf.tidy(() => tf.variable(tf.zeros([fanOut]))));
  }
  const forward = (x: Tensor2D): Tensor2D => {
    let h = x;
    for (let i = 0; i < variables.length; i += 2) {
      h = tf.add(tf.matMul(h, variables[i] as Tensor2D), variables[i + 1]); // [B, fanOut]
      if (i + 2 < variables.length) h = tf.relu(h);
    }
    return h;
  };
  return {
    variables,
    async step(x, y, lr) {
      // Plain SGD as the optimiser of the one gradient step.
      const sgd: Optimizer = {
        apply(grads, rate) {
          for (const v of variables) v.assign(tf.sub(v, tf.mul(grads[v.name], rate)));
        },
      };
      const loss = gradientStep(sgd, variables, lr, () => {
        const l = tf.losses.meanSquaredError(y, forward(x)) as Scalar;
        return { loss: l, report: l };
      });
      // Never dataSync: on WebGPU a synchronous read-back can lose the device.
      const [value] = await loss.data();
      loss.dispose();
      return value;
    },
    dispose() {
      tf.dispose(variables);
    },
  };
}
