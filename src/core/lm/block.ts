/**
 * One pre-norm transformer block (GPT-2 layout):
 *   h = x + Attn(Norm1(x))
 *   h = Cross(h, ctx)            optional hook, owns its residual (RETRO CCA)
 *   y = h + FFN(Norm2(h))        FFN pluggable (dense or mixture of experts)
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../rng';
import { CausalSelfAttention } from './attention';
import type { LMConfig } from './config';
import { DenseFeedForward, denseFeedForward } from './denseFeedForward';
import type { CrossAttentionModule, FeedForward, ForwardContext, LMHooks } from './hooks';
import { Norm } from './norm';
import type { Weight } from '../nn/weight';

export class Block {
  readonly ln1: Norm;
  readonly attn: CausalSelfAttention;
  readonly cross: CrossAttentionModule | null;
  readonly ln2: Norm;
  readonly ffn: FeedForward;

  constructor(layer: number, cfg: LMConfig, rng: Rng, hooks: LMHooks = {}) {
    const name = `h.${layer}`;
    this.ln1 = new Norm(`${name}.ln1`, cfg.norm, cfg.dModel, rng);
    this.attn = new CausalSelfAttention(`${name}.attn`, cfg, rng.fork(`${name}.attn`));
    this.cross = hooks.crossAttention?.(layer, cfg, rng.fork(`${name}.cross`)) ?? null;
    this.ln2 = new Norm(`${name}.ln2`, cfg.norm, cfg.dModel, rng);
    this.ffn = (hooks.ffn ?? denseFeedForward)(layer, cfg, rng.fork(`${name}.ffn`));
  }

  get weights(): Weight[] {
    return [...this.ln1.weights, ...this.attn.weights, ...(this.cross?.weights ?? []), ...this.ln2.weights, ...this.ffn.weights];
  }

  /**
   * x [B·T, E] -> [B·T, E]: the residual stream kept as rows, so the norms,
   * projections and dense FFN are plain 2-D kernels; hooks still see [B, T, E].
   */
  rows(x: tf.Tensor2D, B: number, T: number, ctx: ForwardContext): tf.Tensor2D {
    const E = x.shape[1];
    const as3 = (t: tf.Tensor2D): tf.Tensor3D => tf.reshape(t, [B, T, E]);
    const as2 = (t: tf.Tensor3D): tf.Tensor2D => tf.reshape(t, [B * T, E]);
    let h: tf.Tensor2D = tf.add(x, this.attn.rows(this.ln1.rows(x), B, T)); // [B·T, E]
    if (this.cross) h = as2(this.cross.apply(as3(h), ctx)); // [B·T, E]
    const n2 = this.ln2.rows(h); // [B·T, E]
    const f = this.ffn instanceof DenseFeedForward ? this.ffn.rows(n2) : as2(this.ffn.apply(as3(n2), ctx)); // [B·T, E]
    return tf.add(h, f);
  }

  /** x [B, T, E], mask [T, T] -> [B, T, E] */
  apply(x: tf.Tensor3D, mask: tf.Tensor2D, ctx: ForwardContext): tf.Tensor3D {
    let h: tf.Tensor3D = tf.add(x, this.attn.apply(this.ln1.apply(x), mask)); // [B, T, E]
    if (this.cross) h = this.cross.apply(h, ctx); // [B, T, E]
    return tf.add(h, this.ffn.apply(this.ln2.apply(h), ctx)); // [B, T, E]
  }
}
