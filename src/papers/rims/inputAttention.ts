/**
 * Input attention with a null slot (Goyal et al. 2019, Sec. 2.1, eq. 1-2):
 * each module k queries X = [0; x_t] with q_k = W_q h_k,
 *   A_k = softmax(q_k Kᵀ / √d) V,   K = X W_k,   V = X W_v.
 * Keys and values carry no bias, so the null row's key and value are zero,
 * its score is 0, and the two-way softmax is exactly
 *   attn(null) = σ(−s_k),  attn(x) = σ(s_k),  s_k = q_k · (x W_k) / √d.
 * The module's input is attn(x) · (x W_v); the null row adds nothing.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Linear } from '../../core/lm';
import { type Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import type { DropoutCtx } from './cell';
import { GroupLinear } from './groupLinear';

export interface InputAttnOut {
  /** Attention on the null row per module. */
  nullAttn: tf.Tensor2D; // [K, B]
  /** Attention-weighted value per module, before masking. */
  read: tf.Tensor3D; // [K, B, V]
}

export class InputAttention {
  readonly query: GroupLinear; // h_k -> q_k, per module
  /** Key and value of x in one matmul, no bias. */
  readonly keyValue: Linear;

  constructor(name: string, modules: number, hidden: number, nIn: number, readonly keySize: number, readonly valueSize: number, rng: Rng) {
    this.query = new GroupLinear(`${name}.q`, modules, hidden, keySize, rng.fork('q'), false);
    this.keyValue = new Linear(`${name}.kv`, nIn, keySize + valueSize, 1 / Math.sqrt(nIn), rng.fork('kv'), false);
  }

  get weights(): Weight[] {
    return [...this.query.weights, ...this.keyValue.weights];
  }

  /** x [B, In], h [K, B, H] */
  apply(x: tf.Tensor2D, h: tf.Tensor3D, dropout: DropoutCtx | null): InputAttnOut {
    const [B, nIn] = x.shape;
    const x3 = tf.reshape(x, [B, 1, nIn]) as tf.Tensor3D;
    const [k, v] = tf.split(tf.reshape(this.keyValue.apply(x3), [1, B, this.keySize + this.valueSize]), [this.keySize, this.valueSize], 2); // [1, B, dk], [1, B, V]
    const q = this.query.apply(h); // [K, B, dk]
    const s = tf.div(tf.sum(tf.mul(q, k), 2), Math.sqrt(this.keySize)) as tf.Tensor2D; // [K, B]
    const nullAttn = tf.sigmoid(tf.neg(s)) as tf.Tensor2D; // [K, B]
    let onInput: tf.Tensor2D = tf.sigmoid(s); // [K, B]
    if (dropout && dropout.rate > 0) onInput = tf.dropout(onInput, dropout.rate, undefined, dropout.seed()) as tf.Tensor2D;
    const read = tf.mul(tf.expandDims(onInput, 2), v) as tf.Tensor3D; // [K, B, V]
    return { nullAttn, read };
  }
}
