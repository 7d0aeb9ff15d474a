/**
 * Communication between modules (Goyal et al. 2019, Sec. 2.3, eq. 4): active
 * modules read every module's state through multi-head attention, with
 * per-module query/key/value weights, and add the result residually:
 *   h_k ← h_k + W_o softmax(Q_k Kᵀ / √d) V   for active k.
 * The caller applies the activity mask.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import type { DropoutCtx } from './cell';
import { GroupLinear } from './groupLinear';

export class Communication {
  /** Queries, keys and values in one matmul. */
  readonly qkv: GroupLinear;
  readonly out: GroupLinear;

  constructor(name: string, modules: number, hidden: number, readonly heads: number, readonly keySize: number, readonly valueSize: number, rng: Rng) {
    this.qkv = new GroupLinear(`${name}.qkv`, modules, hidden, heads * (2 * keySize + valueSize), rng.fork('qkv'), false);
    this.out = new GroupLinear(`${name}.o`, modules, heads * valueSize, hidden, rng.fork('o'), true);
  }

  get weights(): Weight[] {
    return [...this.qkv.weights, ...this.out.weights];
  }

  /** h [K, B, H] -> the residual update [K, B, H] */
  apply(h: tf.Tensor3D, dropout: DropoutCtx | null): tf.Tensor3D {
    const [K, B] = h.shape;
    const nh = this.heads;
    const split = (t: tf.Tensor3D, d: number) =>
      tf.reshape(tf.transpose(tf.reshape(t, [K, B, nh, d]), [1, 2, 0, 3]), [B * nh, K, d]) as tf.Tensor3D; // [B*nh, K, d]
    const dq = nh * this.keySize;
    const [qh, kh, vh] = tf.split(this.qkv.apply(h), [dq, dq, nh * this.valueSize], 2);
    const q = split(qh as tf.Tensor3D, this.keySize);
    const k = split(kh as tf.Tensor3D, this.keySize);
    const v = split(vh as tf.Tensor3D, this.valueSize);
    let p = tf.softmax(tf.div(tf.matMul(q, k, false, true), Math.sqrt(this.keySize))) as tf.Tensor3D; // [B*nh, K, K]
    if (dropout && dropout.rate > 0) p = tf.dropout(p, dropout.rate, undefined, dropout.seed()) as tf.Tensor3D;
    const ctx = tf.matMul(p, v); // [B*nh, K, dv]
    const merged = tf.reshape(tf.transpose(tf.reshape(ctx, [B, nh, K, this.valueSize]), [2, 0, 1, 3]), [K, B, nh * this.valueSize]) as tf.Tensor3D; // [K, B, nh*dv]
    return this.out.apply(merged); // [K, B, H]
  }
}
