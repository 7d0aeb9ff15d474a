/**
 * One training step of a routed LM. For S-BASE, Hash and top-1 it is the
 * usual step with the token ids in the forward context. RL-R (Clark et al.
 * 2022, arXiv 2202.01169, Sec. 2.2) needs each token's loss as its reward,
 * so it takes two passes over the same sampled routes (the same Gumbel noise):
 *   1. forward only: reward_n = log p(y_n | x_≤n), advantage_n = reward_n − mean_batch(reward);
 *   2. forward and backward on CE + the routers' REINFORCE terms, with the advantages.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AdamW } from '../../core/nn/adamw';
import type { Batch, TransformerLM } from '../../core/lm';
import { gradientStep } from '../../core/train/gradientStep';
import { oneHotFloat } from '../../core/lm/embedding';
import { gumbelNoise, routingContext } from './routingContext';
import type { RouterKind } from './router';

export interface RoutedStepOptions {
  router: RouterKind;
  experts: number;
  clipNorm: number;
  /** Uniform [0, 1) draws for RL-R's sampling noise (a seeded stream). */
  uniform: () => number;
}

/** Per-token log-likelihood of the targets, [B*T]. */
export function tokenLogLik(logits: tf.Tensor3D, targets: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const [B, T, V] = logits.shape;
    const logp = tf.logSoftmax(tf.reshape(logits, [B * T, V])); // [B*T, V]
    return tf.sum(tf.mul(oneHotFloat(tf.reshape(targets, [B * T]), V), logp), 1) as tf.Tensor1D; // [B*T]
  });
}

/**
 * Forward, backward and one AdamW update; returns the batch's cross-entropy
 * before the update (nats), owned by the caller. The gradients are clipped
 * before the update (clipBeforeUpdate), as this trainer always did: the claims
 * and recorded runs were measured so.
 */
export function routedTrainStep(model: TransformerLM, opt: AdamW, batch: Batch, lr: number, o: RoutedStepOptions): tf.Scalar {
  return tf.tidy(() => {
    const { batchSize: B, seqLen: T } = batch;
    const ids = tf.tensor2d(batch.x, [B, T], 'int32'); // [B, T]
    const y = tf.tensor2d(batch.y, [B, T], 'int32'); // [B, T]
    let ctx = routingContext({ ids, train: true });
    if (o.router === 'rlr' && o.experts > 1) {
      const gumbel = model.blocks.map(() => gumbelNoise(B * T, o.experts, o.uniform)); // L x [B*T, E]
      const reward = tokenLogLik(model.logits(ids, routingContext({ ids, train: true, gumbel })), y); // [B*T]
      const advantage = tf.sub(reward, tf.mean(reward)) as tf.Tensor1D; // [B*T]
      ctx = routingContext({ ids, train: true, gumbel, advantage });
    }
    const routed = ctx;
    return gradientStep(opt, model.variables(), lr, () => {
      const parts = model.loss(ids, y, routed);
      return { loss: parts.total, report: parts.ce };
    }, { clipNorm: o.clipNorm, clipBeforeUpdate: true });
  });
}
