/**
 * Batch normalisation over the real nodes of a padded batch (Ioffe & Szegedy
 * 2015), like PyTorch's BatchNorm1d on a batch of all nodes: in training the
 * mean and biased variance come from the masked nodes and the running
 * statistics move by `momentum` (unbiased variance); in evaluation the
 * running statistics are used. Padded nodes come out as zero.
 * Sum pooling amplifies any lag of the running statistics behind fast-moving
 * weights by the node count, so GinEncoder can recompute them exactly after
 * training ("precise BN", Wu & Johnson 2021, arXiv 2105.07576).
 */
import * as tf from '@tensorflow/tfjs-core';
import { createWeight, type Weight } from '../nn/weight';
import type { Rng } from '../rng';

export const BN_EPS = 1e-5;

export class MaskedBatchNorm {
  readonly gamma: Weight; // [C]
  readonly beta: Weight; // [C]
  readonly runningMean: tf.Variable; // [C]
  readonly runningVar: tf.Variable; // [C]

  constructor(name: string, readonly channels: number, rng: Rng, public momentum = 0.1) {
    this.gamma = createWeight(`${name}.gamma`, [channels], { kind: 'ones' }, rng, false);
    this.beta = createWeight(`${name}.beta`, [channels], { kind: 'zeros' }, rng, false);
    this.runningMean = tf.tidy(() => tf.variable(tf.zeros([channels]), false));
    this.runningVar = tf.tidy(() => tf.variable(tf.ones([channels]), false));
  }

  get weights(): Weight[] {
    return [this.gamma, this.beta];
  }

  /** h [B, n, C], mask [B, n, 1] -> [B, n, C]. `training` updates the running statistics. */
  apply(h: tf.Tensor3D, mask: tf.Tensor3D, training: boolean): tf.Tensor3D {
    let mean: tf.Tensor, variance: tf.Tensor;
    if (training) {
      const count = tf.maximum(tf.sum(mask), 1); // []
      mean = tf.div(tf.sum(tf.mul(h, mask), [0, 1]), count); // [C]
      const centred = tf.mul(tf.sub(h, mean), mask); // [B, n, C]
      variance = tf.div(tf.sum(tf.square(centred), [0, 1]), count); // [C]
      const m = this.momentum;
      const unbiased = tf.mul(variance, tf.div(count, tf.maximum(tf.sub(count, 1), 1)));
      this.runningMean.assign(tf.add(tf.mul(this.runningMean, 1 - m), tf.mul(mean, m)));
      this.runningVar.assign(tf.add(tf.mul(this.runningVar, 1 - m), tf.mul(unbiased, m)));
    } else {
      mean = this.runningMean;
      variance = this.runningVar;
    }
    const normed = tf.div(tf.sub(h, mean), tf.sqrt(tf.add(variance, BN_EPS))); // [B, n, C]
    return tf.mul(tf.add(tf.mul(normed, this.gamma.variable), this.beta.variable), mask);
  }

  /** Running statistics back to mean 0, variance 1. */
  resetRunning(): void {
    tf.tidy(() => {
      this.runningMean.assign(tf.zerosLike(this.runningMean));
      this.runningVar.assign(tf.onesLike(this.runningVar));
    });
  }

  dispose(): void {
    this.runningMean.dispose();
    this.runningVar.dispose();
  }
}
