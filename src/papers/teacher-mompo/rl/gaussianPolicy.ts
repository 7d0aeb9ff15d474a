/**
 * The MPO policy: an MLP from observations to a diagonal Gaussian over
 * actions, mean = tanh(·) inside the [-1, 1] action box and
 * std = softplus(·)·initStd/softplus(0) + minStd, so an untrained policy
 * starts near std = initStd (acme's MultivariateNormalDiagHead, init_scale).
 * `snapshot` + `policyForwardJs` let the actor act in plain JS.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../../core/rng';
import { mlpForward, type MlpSnapshot } from './mlp';
import { MlpHead } from './mlpHead';

export interface PolicyConfig {
  obsSize: number;
  actionSize: number;
  hidden: number[];
  /** Std of an untrained policy. */
  initStd: number;
  /** Floor on the std. */
  minStd: number;
}

export interface GaussianParams {
  mean: tf.Tensor2D; // [B, A]
  std: tf.Tensor2D; // [B, A]
}

const SOFTPLUS0 = Math.log(2);

export class GaussianPolicy extends MlpHead {
  readonly config: PolicyConfig;

  constructor(name: string, config: PolicyConfig, rng: Rng) {
    super(name, [config.obsSize, ...config.hidden, 2 * config.actionSize], rng);
    this.config = config;
  }

  /** obs [B, O] -> mean, std [B, A]. */
  apply(obs: tf.Tensor2D): GaussianParams {
    const A = this.config.actionSize;
    const out = this.net.apply(obs); // [B, 2A]
    const [B] = out.shape;
    const mean = tf.tanh(tf.slice(out, [0, 0], [B, A])) as tf.Tensor2D;
    const raw = tf.slice(out, [0, A], [B, A]);
    const std = tf.add(tf.mul(tf.softplus(raw), this.config.initStd / SOFTPLUS0), this.config.minStd) as tf.Tensor2D;
    return { mean, std };
  }
}

/** The policy's mean and std for one observation, in plain JS. */
export function policyForwardJs(s: MlpSnapshot, config: PolicyConfig, obs: ArrayLike<number>): { mean: Float32Array; std: Float32Array } {
  const A = config.actionSize;
  const out = mlpForward(s, obs);
  const mean = new Float32Array(A);
  const std = new Float32Array(A);
  for (let i = 0; i < A; i++) {
    mean[i] = Math.tanh(out[i]);
    const x = out[A + i];
    const sp = x > 20 ? x : Math.log1p(Math.exp(x));
    std[i] = sp * (config.initStd / SOFTPLUS0) + config.minStd;
  }
  return { mean, std };
}
