/**
 * A grouped (block-diagonal) linear layer: K independent weight matrices, one
 * per module, applied in one batched matmul. This is how the RIMs code gives
 * every module its own LSTM/GRU and attention weights (Goyal et al. 2019,
 * arXiv 1909.10893, Sec. 2; `GroupLinearLayer` in the official and dido1998
 * code). Module-major layout [K, B, ·] keeps the matmul free of transposes.
 */
import * as tf from '@tensorflow/tfjs-core';
import { createWeight, type Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';

export class GroupLinear {
  readonly w: Weight; // [K, In, Out]
  readonly b: Weight | null; // [K, 1, Out]

  constructor(name: string, readonly groups: number, readonly nIn: number, readonly nOut: number, rng: Rng, bias = true) {
    this.w = createWeight(`${name}.w`, [groups, nIn, nOut], { kind: 'normal', std: 1 / Math.sqrt(nIn) }, rng, true);
    this.b = bias ? createWeight(`${name}.b`, [groups, 1, nOut], { kind: 'zeros' }, rng, false) : null;
  }

  get weights(): Weight[] {
    return this.b ? [this.w, this.b] : [this.w];
  }

  /** x [K, B, In] -> [K, B, Out] */
  apply(x: tf.Tensor3D): tf.Tensor3D {
    const y = tf.matMul(x, this.w.variable as tf.Tensor3D) as tf.Tensor3D; // [K, B, Out]
    return this.b ? (tf.add(y, this.b.variable as tf.Tensor3D) as tf.Tensor3D) : y;
  }
}
