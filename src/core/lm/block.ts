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
import { denseFeedForward } from './denseFeedForward';
import type { CrossAttentionModule, FeedForward, ForwardContext, LMHooks } from './hooks';
import { Norm } from './norm';
import type { Param } from './params';

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

  get params(): Param[] {
    return [...this.ln1.params, ...this.attn.params, ...(this.cross?.params ?? []), ...this.ln2.params, ...this.ffn.params];
  }

  /** x [B, T, E], mask [T, T] -> [B, T, E] */
  apply(x: tf.Tensor3D, mask: tf.Tensor2D, ctx: ForwardContext): tf.Tensor3D {
    let h: tf.Tensor3D = tf.add(x, this.attn.apply(this.ln1.apply(x), mask)); // [B, T, E]
    if (this.cross) h = this.cross.apply(h, ctx); // [B, T, E]
    return tf.add(h, this.ffn.apply(this.ln2.apply(h), ctx)); // [B, T, E]
  }
}
