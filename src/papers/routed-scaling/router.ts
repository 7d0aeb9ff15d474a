/**
 * Routers of a top-1 mixture of experts (Clark et al. 2022, arXiv 2202.01169,
 * Sec. 2): each decides, per token, which one of E experts processes it.
 *   S-BASE  learned linear router, assignment balanced exactly while training (Sinkhorn, then n/E tokens per expert)
 *   RL-R    learned policy, expert sampled while training, trained by REINFORCE
 *   HASH    fixed table from token id to expert, nothing learned
 *   top-1   learned linear router, greedy argmax, no balancing (the collapse baseline)
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { ForwardContext } from '../../core/lm';
import type { Weight } from '../../core/nn/weight';

export type RouterKind = 'sbase' | 'rlr' | 'hash' | 'top1';

export const ROUTER_LABELS: Record<RouterKind, string> = {
  sbase: 'S-BASE',
  rlr: 'RL-R',
  hash: 'Hash',
  top1: 'top-1 (unbalanced)',
};

export interface Routing {
  /** [N, E] one-hot: the expert each token is sent to (before capacity). */
  assign: tf.Tensor2D;
  /** [N, 1] scale on the chosen expert's output (its softmax probability); null means 1. */
  gate: tf.Tensor2D | null;
  /** Router's own training term (RL-R's REINFORCE surrogate); null when none. */
  aux: tf.Scalar | null;
}

/** What a router may change between two training steps (RoutingTuning's part that routers read). */
export interface RouterTuning {
  sinkhornIters: number;
  groupSize: number;
  rlWeight: number;
}

export interface Router {
  readonly kind: RouterKind;
  readonly weights: readonly Weight[];
  /** Forward FLOPs per token of the routing decision. */
  readonly flopsPerToken: number;
  /** x [N, d] (N = B*T tokens) -> a routing; call inside tf.tidy. */
  route(x: tf.Tensor2D, ctx: ForwardContext): Routing;
  /** Takes the settings of the next steps (a learned router's balancing passes or REINFORCE weight); a fixed router ignores them. */
  tune?(t: RouterTuning): void;
  dispose(): void;
}
