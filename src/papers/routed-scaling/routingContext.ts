/**
 * What the mixture-of-experts layers read from the model's ForwardContext
 * (core/lm hooks): the token ids (hash routing), whether the pass trains
 * (S-BASE balances its assignment only while training; RL-R samples only while
 * training), the Gumbel noise RL-R samples with, and RL-R's advantages.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ForwardContext } from '../../core/lm';

export const CTX_IDS = 'moe.ids';
export const CTX_TRAIN = 'moe.train';
export const CTX_ADVANTAGE = 'moe.advantage';
export const gumbelKey = (layer: number): string => `moe.gumbel.${layer}`;

export interface RoutingInputs {
  /** [B, T] int32 token ids. */
  ids: tf.Tensor2D;
  train: boolean;
  /** Per layer [B*T, E] Gumbel(0, 1) noise; RL-R samples argmax(logits + noise). */
  gumbel?: readonly tf.Tensor2D[];
  /** [B*T] reward minus baseline, for RL-R's REINFORCE term. */
  advantage?: tf.Tensor1D;
}

export function routingContext(r: RoutingInputs): ForwardContext {
  const ctx: Record<string, tf.Tensor> = { [CTX_IDS]: r.ids };
  if (r.train) ctx[CTX_TRAIN] = tf.scalar(1);
  r.gumbel?.forEach((g, l) => (ctx[gumbelKey(l)] = g));
  if (r.advantage) ctx[CTX_ADVANTAGE] = r.advantage;
  return ctx;
}

/** Gumbel(0, 1) noise [N, E] from the seeded stream: -log(-log u). */
export function gumbelNoise(n: number, e: number, next: () => number): tf.Tensor2D {
  const v = new Float32Array(n * e);
  for (let i = 0; i < v.length; i++) v[i] = -Math.log(-Math.log(Math.min(1 - 1e-7, Math.max(1e-7, next()))));
  return tf.tensor2d(v, [n, e]);
}
