/**
 * A top-1 mixture-of-experts FFN for core/lm's FeedForward hook (Clark et al.
 * 2022, arXiv 2202.01169, Sec. 2; Switch layout, Fedus et al. 2021): E copies
 * of the dense GELU MLP, one router, and each token processed by one expert:
 *   y_n = g_n · FFN_{e_n}(x_n),   e_n from the router, g_n its gate (or 1).
 * A token costs the FLOPs of one dense FFN plus the router's, whatever E is,
 * while parameters grow E-fold: that is what makes routing "free" parameters.
 * Training dispatches under a capacity limit (dispatch.ts); evaluation runs
 * every token through its expert without a limit (computing all E and
 * masking), as the BASE recipe evaluates greedily.
 * The layer keeps its last routing statistics (expert load, overflow, per-token
 * expert) for the routing view; they are replaced on every apply.
 */
import * as tf from '@tensorflow/tfjs-core';
import { createWeight, GPT2_STD, residualStd, type Weight } from '../../core/nn/weight';
import { ffnHidden, gelu, type FeedForward, type FeedForwardFactory, type ForwardContext, type LMConfig } from '../../core/lm';
import type { Rng } from '../../core/rng';
import { capacity, dispatchMatrix, groupSize } from './dispatch';
import { HashRouter } from './hashRouter';
import { plainMatMul } from '../../core/nn/plainMatMul';
import { LearnedRouter } from './learnedRouter';
import { noGrad } from './noGrad';
import type { Router, RouterKind } from './router';
import { CTX_TRAIN } from './routingContext';

export interface MoeOptions {
  experts: number;
  router: RouterKind;
  /** Expert slots per group = ceil(capacityFactor · groupSize / E) while training. */
  capacityFactor: number;
  /** Tokens per capacity group (the batch's B*T tokens split evenly). */
  groupSize: number;
  sinkhornIters: number;
  rlWeight: number;
}

/** What a running sweep may change between two training steps: capacity and balancing, not shapes. */
export type MoeTuning = Pick<MoeOptions, 'capacityFactor' | 'groupSize' | 'sinkhornIters' | 'rlWeight'>;

export interface RoutingStats {
  /** [E + 1]: fraction of the batch's tokens routed to each expert (before capacity), then the fraction overflowed. */
  loadAndDropped: tf.Tensor1D;
  /** [N]: the expert of each token of the batch, -1 where it overflowed. */
  expertOf: tf.Tensor1D;
}

export class MoeFeedForward implements FeedForward {
  readonly experts: number;
  readonly router: Router;
  readonly w1: Weight; // [E, d, F]
  readonly b1: Weight; // [E, 1, F]
  readonly w2: Weight; // [E, F, d]
  readonly b2: Weight; // [E, 1, d]
  readonly flopsPerToken: number;
  private opts: MoeOptions;
  private aux: tf.Scalar | null = null;
  private stats: RoutingStats | null = null;

  constructor(name: string, layer: number, cfg: LMConfig, opts: MoeOptions, rng: Rng) {
    const E = opts.experts, d = cfg.dModel, F = ffnHidden(cfg);
    if (!Number.isInteger(E) || E < 1) throw new RangeError(`experts must be a positive integer, got ${E}`);
    this.experts = E;
    this.opts = opts;
    this.w1 = createWeight(`${name}.w1`, [E, d, F], { kind: 'normal', std: GPT2_STD }, rng.fork('w1'), true);
    this.b1 = createWeight(`${name}.b1`, [E, 1, F], { kind: 'zeros' }, rng, false);
    this.w2 = createWeight(`${name}.w2`, [E, F, d], { kind: 'normal', std: residualStd(cfg.nLayers) }, rng.fork('w2'), true);
    this.b2 = createWeight(`${name}.b2`, [E, 1, d], { kind: 'zeros' }, rng, false);
    this.router =
      opts.router === 'hash'
        ? new HashRouter(cfg.vocabSize, E, rng.fork('hash'))
        : new LearnedRouter(`${name}.router`, { kind: opts.router, experts: E, dModel: d, layer, sinkhornIters: opts.sinkhornIters, groupSize: opts.groupSize, rlWeight: opts.rlWeight }, rng.fork('router'));
    this.flopsPerToken = 2 * (d * F + F * d) + this.router.flopsPerToken;
  }

  get weights(): Weight[] {
    return [this.w1, this.b1, this.w2, this.b2, ...this.router.weights];
  }

  /** Expert MLPs on per-expert token lists: xe [E, M, d] -> [E, M, d]. */
  private experts3(xe: tf.Tensor3D): tf.Tensor3D {
    const h = gelu(tf.add(plainMatMul(xe, this.w1.variable as tf.Tensor3D), this.b1.variable) as tf.Tensor3D); // [E, M, F]
    return tf.add(plainMatMul(h, this.w2.variable as tf.Tensor3D), this.b2.variable); // [E, M, d]
  }

  /** x [B, T, d] -> [B, T, d] */
  apply(x: tf.Tensor3D, ctx: ForwardContext = {}): tf.Tensor3D {
    const [B, T, d] = x.shape;
    const N = B * T, E = this.experts;
    const x2 = tf.reshape(x, [N, d]) as tf.Tensor2D; // [N, d]
    const { assign, gate, aux } = this.router.route(x2, ctx); // [N, E], [N, 1]
    let y: tf.Tensor2D;
    let kept: tf.Tensor2D; // [N, E] assign, minus overflowed tokens
    if (ctx[CTX_TRAIN] !== undefined) {
      const n = groupSize(N, this.opts.groupSize), G = N / n;
      const C = capacity(n, E, this.opts.capacityFactor);
      const disp = noGrad((a) => dispatchMatrix(tf.reshape(a, [G, n, E]) as tf.Tensor3D, C), assign); // [G, n, E*C]
      const xg = tf.reshape(x2, [G, n, d]) as tf.Tensor3D; // [G, n, d]
      const xin = tf.reshape(plainMatMul(tf.transpose(disp, [0, 2, 1]), xg), [G, E, C, d]); // [G, E, C, d]
      const xe = tf.reshape(tf.transpose(xin, [1, 0, 2, 3]), [E, G * C, d]) as tf.Tensor3D; // [E, G*C, d]
      const out = tf.reshape(tf.transpose(tf.reshape(this.experts3(xe), [E, G, C, d]), [1, 0, 2, 3]), [G, E * C, d]) as tf.Tensor3D; // [G, E*C, d]
      y = tf.reshape(plainMatMul(disp, out), [N, d]); // [N, d]
      kept = tf.reshape(tf.sum(tf.reshape(disp, [G, n, E, C]), 3), [N, E]); // [N, E]
    } else {
      const xe = tf.tile(tf.expandDims(x2, 0), [E, 1, 1]) as tf.Tensor3D; // [E, N, d]
      const out = this.experts3(xe); // [E, N, d]
      y = tf.sum(tf.mul(tf.expandDims(tf.transpose(assign), 2), out), 0); // [N, d]
      kept = assign;
    }
    if (gate) y = tf.mul(y, gate); // [N, d]
    this.aux = aux;
    this.keepStats(assign, kept);
    return tf.reshape(y, [B, T, d]);
  }

  private keepStats(assign: tf.Tensor2D, kept: tf.Tensor2D): void {
    const N = assign.shape[0], E = this.experts;
    const load: tf.Tensor1D = tf.div(tf.sum(assign, 0), N); // [E]
    const dropped = tf.sub(1, tf.div(tf.sum(kept), N)); // []
    const idx = tf.range(1, E + 1); // [E], expert index + 1
    const expertOf: tf.Tensor1D = tf.sub(tf.sum(tf.mul(kept, idx), 1), 1); // [N], -1 when overflowed
    const next: RoutingStats = { loadAndDropped: tf.keep(tf.concat([load, tf.reshape(dropped, [1]) as tf.Tensor1D])), expertOf: tf.keep(expertOf) };
    this.disposeStats();
    this.stats = next;
  }

  /** Takes the settings of the next steps (capacity, group size, the router's balancing and REINFORCE weight). */
  tune(t: MoeTuning): void {
    this.opts = { ...this.opts, capacityFactor: t.capacityFactor, groupSize: t.groupSize, sinkhornIters: t.sinkhornIters, rlWeight: t.rlWeight };
    this.router.tune?.(t);
  }

  /** The routing of the most recent apply, or null before the first; owned by the layer. */
  lastStats(): RoutingStats | null {
    return this.stats;
  }

  auxLoss(): tf.Scalar {
    return this.aux ?? tf.scalar(0);
  }

  private disposeStats(): void {
    if (this.stats) tf.dispose([this.stats.loadAndDropped, this.stats.expertOf]);
    this.stats = null;
  }

  dispose(): void {
    this.disposeStats();
    this.router.dispose();
  }
}

/** FeedForward factory for TransformerLM hooks; the model's dispose frees the parameters, `dispose` on each layer the rest. */
export function moeFeedForward(opts: MoeOptions): FeedForwardFactory {
  return (layer, cfg, rng) => new MoeFeedForward(`h.${layer}.moe`, layer, cfg, opts, rng);
}
