/**
 * Normalisation over the feature axis.
 *   layernorm (Ba et al. 2016): y = (x - mean) / sqrt(var + eps) * g + b
 *   rmsnorm (Zhang & Sennrich 2019, used by Gopher): y = x / sqrt(mean(x²) + eps) * g
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../rng';
import type { NormKind } from './config';
import { normRows } from '../nn/norm';
import { createWeight, type Weight } from '../nn/weight';

const EPS = 1e-5;

export class Norm {
  readonly kind: NormKind;
  readonly gain: Weight; // [E]
  readonly bias: Weight | null; // [E], layernorm only

  constructor(name: string, kind: NormKind, dim: number, rng: Rng) {
    this.kind = kind;
    this.gain = createWeight(`${name}.g`, [dim], { kind: 'ones' }, rng, false);
    this.bias = kind === 'layernorm' ? createWeight(`${name}.b`, [dim], { kind: 'zeros' }, rng, false) : null;
  }

  get weights(): Weight[] {
    return this.bias ? [this.gain, this.bias] : [this.gain];
  }

  /** x [R, E] -> [R, E], one fused kernel on WebGPU and WASM (core/nn/norm.ts): the transformer LM's path. */
  rows(x: tf.Tensor2D): tf.Tensor2D {
    const b = this.bias ? (this.bias.variable as tf.Tensor1D) : null;
    return normRows(x, this.gain.variable as tf.Tensor1D, b, this.kind === 'rmsnorm', EPS); // [R, E]
  }

  /** x [B, T, E] -> [B, T, E] */
  apply(x: tf.Tensor3D): tf.Tensor3D {
    if (this.kind === 'rmsnorm') {
      const ms = tf.mean(tf.square(x), -1, true); // [B, T, 1]
      return tf.mul(tf.mul(x, tf.rsqrt(tf.add(ms, EPS))), this.gain.variable as tf.Tensor1D); // [B, T, E]
    }
    const mu = tf.mean(x, -1, true); // [B, T, 1]
    const xc = tf.sub(x, mu); // [B, T, E]
    const v = tf.mean(tf.square(xc), -1, true); // [B, T, 1]
    const y: tf.Tensor3D = tf.mul(tf.mul(xc, tf.rsqrt(tf.add(v, EPS))), this.gain.variable as tf.Tensor1D); // [B, T, E]
    return this.bias ? tf.add(y, this.bias.variable as tf.Tensor1D) : y;
  }
}
