/** A dense layer y = x W + b applied over the last axis. */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../rng';
import { linear } from '../nn/linear';
import { createWeight, type Weight } from '../nn/weight';

export class Linear {
  readonly w: Weight; // [In, Out]
  readonly b: Weight | null; // [Out]
  readonly nIn: number;
  readonly nOut: number;

  constructor(name: string, nIn: number, nOut: number, std: number, rng: Rng, bias = true) {
    this.nIn = nIn;
    this.nOut = nOut;
    this.w = createWeight(`${name}.w`, [nIn, nOut], { kind: 'normal', std }, rng, true);
    this.b = bias ? createWeight(`${name}.b`, [nOut], { kind: 'zeros' }, rng, false) : null;
  }

  get weights(): Weight[] {
    return this.b ? [this.w, this.b] : [this.w];
  }

  /**
   * x [R, In] -> [R, Out] in one fused kernel on WebGPU and WASM (core/nn/linear.ts).
   * The transformer LM's path; `apply` keeps the plain ops for the other models that share this layer.
   */
  rows(x: tf.Tensor2D): tf.Tensor2D {
    return linear(x, this.w.variable as tf.Tensor2D, this.b ? (this.b.variable as tf.Tensor1D) : null); // [R, Out]
  }

  /** x [B, T, In] -> [B, T, Out] */
  apply(x: tf.Tensor3D): tf.Tensor3D {
    const [B, T] = x.shape;
    const x2 = tf.reshape(x, [B * T, this.nIn]) as tf.Tensor2D; // [B*T, In]
    let y: tf.Tensor2D = tf.matMul(x2, this.w.variable as tf.Tensor2D); // [B*T, Out]
    if (this.b) y = tf.add(y, this.b.variable as tf.Tensor1D);
    return tf.reshape(y, [B, T, this.nOut]);
  }
}
