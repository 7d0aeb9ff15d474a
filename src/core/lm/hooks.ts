/**
 * Extension points of the transformer, so other papers can swap parts in
 * without forking the model:
 *
 * - FeedForward: the per-layer FFN. The dense GELU MLP is the default; a
 *   mixture of experts (Clark et al. 2022, routed scaling laws) implements the
 *   same interface and may add an auxiliary (load-balancing) loss.
 * - CrossAttentionModule: an optional extra sub-block after self-attention,
 *   e.g. RETRO's chunked cross-attention (Borgeaud et al. 2021, Sec. 2.4:
 *   RETRO(H, E) = FFW(CCA(ATTN(H), E))). It reads what it attends to from the
 *   ForwardContext passed to the model's forward, e.g. ctx.neighbours.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../rng';
import type { LMConfig } from './config';
import type { Weight } from '../nn/weight';

/** Named tensors that a forward pass hands to every hook (e.g. encoded retrieval neighbours). */
export type ForwardContext = Readonly<Record<string, tf.Tensor>>;

export interface FeedForward {
  /**
   * x [B, T, E] -> [B, T, E], the branch only: the block adds the residual.
   * ctx is the forward pass's context (e.g. token ids for hash routing); the dense FFN ignores it.
   */
  apply(x: tf.Tensor3D, ctx?: ForwardContext): tf.Tensor3D;
  readonly weights: readonly Weight[];
  /** Forward FLOPs per token (multiply-add = 2), counting only experts a token actually uses. */
  readonly flopsPerToken: number;
  /**
   * Auxiliary loss from the most recent apply (e.g. a load-balancing term,
   * already weighted), added to the training objective. Called inside the
   * same tf.tidy as apply.
   */
  auxLoss?(): tf.Scalar;
}

export type FeedForwardFactory = (layer: number, cfg: LMConfig, rng: Rng) => FeedForward;

export interface CrossAttentionModule {
  /**
   * h [B, T, E] -> [B, T, E], including its own residual connection and
   * norm: return h itself for an identity module.
   */
  apply(h: tf.Tensor3D, ctx: ForwardContext): tf.Tensor3D;
  readonly weights: readonly Weight[];
  /** Forward FLOPs per token. */
  readonly flopsPerToken: number;
}

/** Returns the module for a layer, or null for layers without one (RETRO: every 3rd layer). */
export type CrossAttentionFactory = (layer: number, cfg: LMConfig, rng: Rng) => CrossAttentionModule | null;

export interface LMHooks {
  ffn?: FeedForwardFactory;
  crossAttention?: CrossAttentionFactory;
}
