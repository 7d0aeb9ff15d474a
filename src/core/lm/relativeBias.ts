/**
 * A learned relative-position bias for attention logits (T5-style, Raffel et
 * al. 2020, Sec. 2.1, without buckets): head h adds a[h, i - j] to the logit
 * of query i and key j, for distances 0..Tmax-1 (future keys are masked).
 *
 * The [H, T, T] Toeplitz matrix is built without gather (whose gradient WASM
 * lacks) by a skew: the row w = [a0, 0, a_{T-1}, ..., a_1] of length T+1,
 * repeated T times and read back as a [T, T] matrix, puts
 * w[(j - i) mod (T+1)] at (i, j), which is a[i - j] for every j <= i.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../rng';
import { createWeight, type Weight } from '../nn/weight';

export class RelativeBias {
  readonly table: Weight; // [H, Tmax]
  readonly nHeads: number;
  readonly maxLen: number;

  constructor(name: string, nHeads: number, maxLen: number, rng: Rng) {
    this.nHeads = nHeads;
    this.maxLen = maxLen;
    this.table = createWeight(`${name}.w`, [nHeads, maxLen], { kind: 'zeros' }, rng, false);
  }

  /** The bias for a length-T window: [H, T, T], entry (h, i, j) = a[h, i - j] for j <= i. */
  matrix(T: number): tf.Tensor3D {
    const H = this.nHeads;
    const a = tf.slice(this.table.variable as tf.Tensor2D, [0, 0], [H, T]); // [H, T]
    const parts: tf.Tensor2D[] = [tf.slice(a, [0, 0], [H, 1]), tf.zeros([H, 1])]; // a0, unused slot
    if (T > 1) parts.push(tf.reverse(tf.slice(a, [0, 1], [H, T - 1]), 1)); // a_{T-1} .. a_1
    const w = tf.concat(parts, 1); // [H, T+1]
    const rows = tf.mul(tf.reshape(w, [H, 1, T + 1]), tf.ones([1, T, 1])); // [H, T, T+1]
    const flat = tf.slice(tf.reshape(rows, [H, T * (T + 1)]), [0, 0], [H, T * T]); // [H, T*T]
    return tf.reshape(flat, [H, T, T]);
  }
}
