/**
 * Multi-head attention of queries x over keys/values y (Vaswani et al. 2017,
 * Eq. 1), unmasked: used for the encoder's bidirectional self-attention, its
 * cross-attention to the retrieving chunk, and RETRO's chunked cross-attention
 *   CA(h, Y) = softmax(h Wq (Y Wk)ᵀ / sqrt(d_k)) Y Wv, multi-head, then Wo.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../core/rng';
import { GPT2_STD, type Weight } from '../../core/nn/weight';
import { Linear } from '../../core/lm';

export class MultiHeadAttention {
  readonly q: Linear; // Eq -> A
  readonly kv: Linear; // Ekv -> 2A
  readonly proj: Linear; // A -> Eq
  readonly nHeads: number;
  readonly width: number;

  /** dq: query input width; dkv: key/value input width; width A: inner width, divisible by nHeads. */
  constructor(name: string, dq: number, dkv: number, width: number, nHeads: number, outStd: number, rng: Rng) {
    if (width % nHeads !== 0) throw new RangeError(`attention width ${width} is not divisible by ${nHeads} heads`);
    this.nHeads = nHeads;
    this.width = width;
    this.q = new Linear(`${name}.q`, dq, width, GPT2_STD, rng.fork(`${name}.q`));
    this.kv = new Linear(`${name}.kv`, dkv, 2 * width, GPT2_STD, rng.fork(`${name}.kv`));
    this.proj = new Linear(`${name}.proj`, width, dq, outStd, rng.fork(`${name}.proj`));
  }

  get weights(): Weight[] {
    return [...this.q.weights, ...this.kv.weights, ...this.proj.weights];
  }

  /** Forward FLOPs per query for `keys` keys (projections of the query side only). */
  flopsPerQuery(keys: number): number {
    const A = this.width;
    return 2 * (this.q.nIn * A + A * this.q.nIn) + 4 * keys * A;
  }

  /** x [B, Tq, Eq], y [B, Tk, Ekv], optional additive logit bias [H, Tq, Tk] -> [B, Tq, Eq] */
  apply(x: tf.Tensor3D, y: tf.Tensor3D, bias?: tf.Tensor3D): tf.Tensor3D {
    const [B, Tq] = x.shape;
    const Tk = y.shape[1];
    const H = this.nHeads, D = this.width / H;
    const heads = (t: tf.Tensor, T: number): tf.Tensor4D => tf.transpose(tf.reshape(t, [B, T, H, D]), [0, 2, 1, 3]); // [B, H, T, D]
    const q = heads(this.q.apply(x), Tq); // [B, H, Tq, D]
    const [k, v] = tf.split(this.kv.apply(y), 2, 2).map((t) => heads(t, Tk)); // 2 x [B, H, Tk, D]
    let logits: tf.Tensor4D = tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(D)); // [B, H, Tq, Tk]
    if (bias) logits = tf.add(logits, bias); // [B, H, Tq, Tk]
    const att = tf.softmax(logits); // [B, H, Tq, Tk]
    const out = tf.reshape(tf.transpose(tf.matMul(att, v), [0, 2, 1, 3]), [B, Tq, this.width]) as tf.Tensor3D; // [B, Tq, A]
    return this.proj.apply(out); // [B, Tq, Eq]
  }
}
