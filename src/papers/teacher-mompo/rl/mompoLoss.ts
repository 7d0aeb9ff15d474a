/**
 * The MO-MPO policy loss (Abdolmaleki, Huang et al. 2020, Sec. 4; acme
 * `tf/losses/mompo.py` and `mpo.py`), as pure tfjs functions.
 *
 * E-step, per objective k, on N actions sampled from π_old per state:
 *   q_k(a|s) ∝ π_old(a|s) exp(Q_k(s,a)/η_k)  →  weights = softmax_N(Q_k/η_k)
 *   dual: g(η_k) = η_k (ε_k + mean_B logsumexp_N(Q_k/η_k) − log N)
 * minimising g makes KL(q_k ‖ π_old) = ε_k at the optimum.
 * M-step: maximise Σ_k Σ_N w_k log π_θ(a|s), with the mean fitted at π_old's
 * std and the std fitted at π_old's mean, each under a per-dimension KL bound
 * (ε_mean, ε_std) enforced by Lagrange multipliers α.
 */
import * as tf from '@tensorflow/tfjs-core';
import { klPerDim, logProb } from './diagGaussian';
import type { GaussianParams } from './gaussianPolicy';

/** Dual variables are softplus(raw) + this floor (acme's _MPO_FLOAT_EPSILON). */
export const DUAL_EPS = 1e-8;
/** acme clips the raw log-temperature at this value from below. */
export const MIN_LOG_TEMPERATURE = -18;

const stopGradientOp = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => ({
  value: tf.clone(args[0] as tf.Tensor),
  gradFunc: (dy: tf.Tensor | tf.Tensor[]) => tf.zerosLike(dy as tf.Tensor),
}));

/** Identity forward, zero gradient (tfjs has no stop_gradient). */
export function stopGradient<T extends tf.Tensor>(x: T): T {
  return stopGradientOp(x) as T;
}

/** softplus(raw) + ε: a positive dual variable from its raw parameter. */
export function positive(raw: tf.Tensor): tf.Tensor {
  return tf.add(tf.softplus(raw), DUAL_EPS);
}

/** The E-step weights: softmax over the N samples of Q/η. q [N, B], eta [] -> [N, B]. */
export function eStepWeights(q: tf.Tensor2D, eta: tf.Tensor): tf.Tensor2D {
  return tf.transpose(tf.softmax(tf.transpose(tf.div(q, eta)), -1)) as tf.Tensor2D;
}

/** The temperature dual g(η) for one objective; q [N, B] is a constant. */
export function temperatureLoss(q: tf.Tensor2D, eta: tf.Tensor, epsilon: number): tf.Scalar {
  const N = q.shape[0];
  const lse = tf.logSumExp(tf.div(q, eta), 0); // [B]
  return tf.mul(eta, tf.add(epsilon - Math.log(N), tf.mean(lse))) as tf.Scalar;
}

/** KL(q ‖ π_old) of sample weights, mean over states: Σ_N w log(N w). weights [N, B] -> []. */
export function weightsKl(weights: tf.Tensor2D): tf.Scalar {
  const N = weights.shape[0];
  const w = tf.maximum(weights, 1e-20);
  return tf.mean(tf.sum(tf.mul(weights, tf.log(tf.mul(w, N))), 0)) as tf.Scalar;
}

export interface MStepInputs {
  online: GaussianParams;
  /** π_old: the target policy at the same states (constants). */
  target: GaussianParams;
  actions: tf.Tensor3D; // [N, B, A]
  /** Sum over objectives of the E-step weights (constants). */
  weights: tf.Tensor2D; // [N, B]
  rawAlphaMean: tf.Variable; // [A]
  rawAlphaStd: tf.Variable; // [A]
  epsMean: number;
  epsStd: number;
}

export interface MStepLoss {
  /** Policy and α losses summed; differentiate w.r.t. policy and α variables. */
  loss: tf.Scalar;
  klMean: tf.Tensor1D; // [A]
  klStd: tf.Tensor1D; // [A]
}

/** The decoupled M-step (acme mpo.py, per_dim_constraining). */
export function mStepLoss(m: MStepInputs): MStepLoss {
  const { online, target } = m;
  const fixedStd = { mean: online.mean, std: target.std }; // fits the mean
  const fixedMean = { mean: target.mean, std: online.std }; // fits the std
  const ce = (d: GaussianParams) => tf.neg(tf.mean(tf.sum(tf.mul(m.weights, logProb(m.actions, d.mean, d.std)), 0))); // []
  const klMean = tf.mean(klPerDim(target.mean, target.std, fixedStd.mean, fixedStd.std), 0) as tf.Tensor1D; // [A]
  const klStd = tf.mean(klPerDim(target.mean, target.std, fixedMean.mean, fixedMean.std), 0) as tf.Tensor1D; // [A]
  const alphaMean = positive(m.rawAlphaMean);
  const alphaStd = positive(m.rawAlphaStd);
  const penalty = tf.add(tf.sum(tf.mul(stopGradient(alphaMean), klMean)), tf.sum(tf.mul(stopGradient(alphaStd), klStd)));
  const dual = tf.add(
    tf.sum(tf.mul(alphaMean, tf.sub(m.epsMean, stopGradient(klMean)))),
    tf.sum(tf.mul(alphaStd, tf.sub(m.epsStd, stopGradient(klStd)))),
  );
  const loss = tf.addN([ce(fixedStd), ce(fixedMean), penalty, dual]) as tf.Scalar;
  return { loss, klMean, klStd };
}
