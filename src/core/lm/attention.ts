/**
 * Causal multi-head self-attention (Vaswani et al. 2017, Eq. 1; GPT-2 layout):
 *   Attention(Q, K, V) = softmax(Q Kᵀ / sqrt(d_k) + bias + mask) V
 * with one fused QKV projection, an optional learned relative-position bias
 * (relativeBias.ts), and the output projection initialised at residual scale.
 */
import * as tf from '@tensorflow/tfjs-core';
import { attentionFused, causalAttention } from '../nn/causalAttention';
import type { Rng } from '../rng';
import { headSize, type LMConfig } from './config';
import { Linear } from './linear';
import { GPT2_STD, residualStd, type Weight } from '../nn/weight';
import { RelativeBias } from './relativeBias';

/** Additive mask [T, T]: 0 where key j <= query i, -1e9 where j is in the future. */
export function causalMask(T: number): tf.Tensor2D {
  const m = new Float32Array(T * T);
  for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) m[i * T + j] = -1e9;
  return tf.tensor2d(m, [T, T]);
}

export class CausalSelfAttention {
  readonly qkv: Linear; // E -> 3E
  readonly proj: Linear; // E -> E
  readonly relBias: RelativeBias | null;
  readonly nHeads: number;
  readonly headSize: number;

  constructor(name: string, cfg: LMConfig, rng: Rng) {
    this.nHeads = cfg.nHeads;
    this.headSize = headSize(cfg);
    this.qkv = new Linear(`${name}.qkv`, cfg.dModel, 3 * cfg.dModel, GPT2_STD, rng.fork(`${name}.qkv`));
    this.proj = new Linear(`${name}.proj`, cfg.dModel, cfg.dModel, residualStd(cfg.nLayers), rng.fork(`${name}.proj`));
    this.relBias = cfg.positions === 'relative' ? new RelativeBias(`${name}.relbias`, cfg.nHeads, cfg.seqLen, rng) : null;
  }

  get weights(): Weight[] {
    return [...this.qkv.weights, ...this.proj.weights, ...(this.relBias ? [this.relBias.table] : [])];
  }

  /**
   * x [B·T, E] (rows of B sequences of T tokens) -> [B·T, E]: the fused QKV
   * projection, one attention kernel for all heads and the batch, and the
   * output projection on WebGPU and WASM; the reference ops elsewhere.
   */
  rows(x: tf.Tensor2D, B: number, T: number): tf.Tensor2D {
    if (!attentionFused()) {
      const E = x.shape[1];
      return tf.reshape(this.apply(tf.reshape(x, [B, T, E]), causalMask(T)), [B * T, E]);
    }
    const qkv = this.qkv.rows(x); // [B·T, 3E]
    const bias = this.relBias ? this.relBias.matrix(T) : null; // [H, T, T]
    return this.proj.rows(causalAttention(qkv, bias, { B, T, H: this.nHeads, scale: 1 / Math.sqrt(this.headSize) })); // [B·T, E]
  }

  /** x [B, T, E], mask [T, T] -> [B, T, E] (the unfused reference) */
  apply(x: tf.Tensor3D, mask: tf.Tensor2D): tf.Tensor3D {
    const [B, T, E] = x.shape;
    const [H, D] = [this.nHeads, this.headSize];
    const heads = (t: tf.Tensor): tf.Tensor4D => tf.transpose(tf.reshape(t, [B, T, H, D]), [0, 2, 1, 3]); // [B, H, T, D]
    const [q, k, v] = tf.split(this.qkv.apply(x), 3, 2).map(heads); // 3 x [B, H, T, D]
    let logits: tf.Tensor4D = tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(D)); // [B, H, T, T]
    if (this.relBias) logits = tf.add(logits, this.relBias.matrix(T)); // [B, H, T, T]
    const att = tf.softmax(tf.add(logits, mask)); // [B, H, T, T]
    const y = tf.matMul(att, v); // [B, H, T, D]
    const merged: tf.Tensor3D = tf.reshape(tf.transpose(y, [0, 2, 1, 3]), [B, T, E]); // [B, T, E]
    return this.proj.apply(merged); // [B, T, E]
  }
}
