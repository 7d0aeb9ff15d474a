/**
 * A dense layer y = x W + b over the last axis of a tensor of any rank,
 * initialised like PyTorch's nn.Linear in variance (std 1/sqrt(3·fanIn) for
 * W, zero bias), from the seeded Rng.
 */
import * as tf from '@tensorflow/tfjs-core';
import { createWeight, type Weight } from '../nn/weight';
import type { Rng } from '../rng';

export class Dense {
  readonly w: Weight; // [In, Out]
  readonly b: Weight; // [Out]

  constructor(name: string, readonly nIn: number, readonly nOut: number, rng: Rng) {
    this.w = createWeight(`${name}.w`, [nIn, nOut], { kind: 'normal', std: 1 / Math.sqrt(3 * nIn) }, rng, true);
    this.b = createWeight(`${name}.b`, [nOut], { kind: 'zeros' }, rng, false);
  }

  get weights(): Weight[] {
    return [this.w, this.b];
  }

  /** x [..., In] -> [..., Out] */
  apply<T extends tf.Tensor>(x: T): T {
    const lead = x.shape.slice(0, -1);
    const x2 = tf.reshape(x, [-1, this.nIn]) as tf.Tensor2D; // [M, In]
    const y = tf.add(tf.matMul(x2, this.w.variable as tf.Tensor2D), this.b.variable); // [M, Out]
    return tf.reshape(y, [...lead, this.nOut]) as T;
  }
}
