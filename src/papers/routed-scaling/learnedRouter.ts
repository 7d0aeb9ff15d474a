/**
 * A learned linear router, logits = x W_r (W_r [d, E]), with three ways to
 * turn logits into a top-1 assignment (Clark et al. 2022, arXiv 2202.01169, Sec. 2):
 *   sbase  training: in each capacity group, Sinkhorn(logits) (sinkhorn.ts)
 *          made into an exactly balanced assignment, every expert n/E tokens
 *          (balancedAssignment.ts; the paper's Sec. 2.2: a linear assignment
 *          as in BASE layers, approximated by Sinkhorn);
 *          evaluation: argmax of logits (the BASE layers recipe: balancing
 *          needs the whole batch, which a causal model must not see).
 *          Output scaled by the chosen expert's softmax probability (a σ gate,
 *          as in BASE layers and Megatron-Core, trained worse here: with
 *          3 Sinkhorn passes and argmax the greedy evaluation routing drifted
 *          far from the balanced one; with the exact assignment, claims
 *          preset, 2 seeds, held-out loss 1.566 against the softmax gate's 1.536).
 *   top1   argmax of logits always, the same softmax gate: S-BASE without
 *          the balancing, free to collapse onto few experts.
 *   rlr    training: expert sampled from softmax(logits) by Gumbel-max with
 *          noise from the context; evaluation: argmax. Output unscaled; the
 *          router learns only from REINFORCE,
 *            aux = -w · mean_n (A_n · log π(e_n | x_n)),
 *          A_n = reward minus baseline, the reward being the token's negative loss.
 */
import * as tf from '@tensorflow/tfjs-core';
import { createWeight, GPT2_STD, type Weight } from '../../core/nn/weight';
import { type ForwardContext } from '../../core/lm';
import { noGrad } from './noGrad';
import { oneHot } from './oneHot';
import type { Rng } from '../../core/rng';
import type { Router, RouterKind, RouterTuning, Routing } from './router';
import { CTX_ADVANTAGE, CTX_TRAIN, gumbelKey } from './routingContext';
import { sinkhorn } from './sinkhorn';
import { balancedAssignment } from './balancedAssignment';
import { groupSize } from './dispatch';

export interface LearnedRouterOptions {
  kind: Exclude<RouterKind, 'hash'>;
  experts: number;
  dModel: number;
  layer: number;
  /** Sinkhorn iterations (S-BASE). */
  sinkhornIters: number;
  /** Tokens per capacity group (S-BASE balances each group; dispatch.ts's groupSize). */
  groupSize: number;
  /** Weight of the REINFORCE term (RL-R). */
  rlWeight: number;
}

export class LearnedRouter implements Router {
  readonly kind: Exclude<RouterKind, 'hash'>;
  readonly w: Weight; // [d, E]
  readonly flopsPerToken: number;
  private opts: LearnedRouterOptions;

  constructor(name: string, opts: LearnedRouterOptions, rng: Rng) {
    this.kind = opts.kind;
    this.opts = opts;
    this.w = createWeight(`${name}.w`, [opts.dModel, opts.experts], { kind: 'normal', std: GPT2_STD }, rng, false);
    this.flopsPerToken = 2 * opts.dModel * opts.experts;
  }

  get weights(): Weight[] {
    return [this.w];
  }

  route(x: tf.Tensor2D, ctx: ForwardContext): Routing {
    const E = this.opts.experts;
    const train = ctx[CTX_TRAIN] !== undefined;
    const logits: tf.Tensor2D = tf.matMul(x, this.w.variable as tf.Tensor2D); // [N, E]
    if (this.kind === 'rlr') {
      const noise = ctx[gumbelKey(this.opts.layer)];
      const scores = train && noise ? tf.add(logits, noise) : logits; // [N, E]
      const assign = noGrad((s) => oneHot(tf.argMax(s, 1), E) as tf.Tensor2D, scores); // [N, E]
      const adv = ctx[CTX_ADVANTAGE];
      let aux: tf.Scalar | null = null;
      if (train && adv) {
        const logpChosen = tf.sum(tf.mul(assign, tf.logSoftmax(logits)), 1); // [N]
        aux = tf.mul(tf.neg(tf.mean(tf.mul(adv, logpChosen))), this.opts.rlWeight) as tf.Scalar;
      }
      return { assign, gate: null, aux };
    }
    const assign = this.kind === 'sbase' && train && E > 1 ? this.balanced(logits) : noGrad((l) => oneHot(tf.argMax(l, 1), E) as tf.Tensor2D, logits); // [N, E]
    const gate = tf.sum(tf.mul(assign, tf.softmax(logits)), 1, true) as tf.Tensor2D; // [N, 1]
    return { assign, gate, aux: null };
  }

  /** logits [N, E] -> one-hot [N, E]: per capacity group of n tokens, Sinkhorn then the balanced assignment (n/E tokens per expert). */
  private balanced(logits: tf.Tensor2D): tf.Tensor2D {
    const [N, E] = logits.shape;
    const n = groupSize(N, this.opts.groupSize);
    const iters = this.opts.sinkhornIters;
    return noGrad((l) => tf.reshape(balancedAssignment(sinkhorn(tf.reshape(l, [N / n, n, E]) as tf.Tensor3D, iters)), [N, E]) as tf.Tensor2D, logits);
  }

  tune(t: RouterTuning): void {
    this.opts = { ...this.opts, sinkhornIters: t.sinkhornIters, rlWeight: t.rlWeight, groupSize: t.groupSize };
  }

  /** W_r is a model parameter: the model's dispose frees it. */
  dispose(): void {}
}
