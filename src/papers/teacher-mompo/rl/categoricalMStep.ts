/**
 * The categorical part of the MO-MPO M-step (MPO for discrete actions:
 * Abdolmaleki et al. 2018, "Relative Entropy Regularized Policy Iteration";
 * acme's `categorical_mpo`). With π(a, c | s) = N(a | s) · Cat(c | s), the
 * E-step weights w[n, b] (summed over objectives, as for the Gaussian) sit on
 * joint samples (a_n, c_n); the categorical's share of the weighted
 * cross-entropy is
 *   L_ce = −mean_B Σ_N w · log Cat_θ(c_n | s),
 * fitted under KL(π_old ‖ π_θ) ≤ ε_cat (mean over states) with its own
 * Lagrange multiplier α_cat = softplus(raw) + 1e-8:
 *   L = L_ce + sg(α_cat) · KL + α_cat · (ε_cat − sg(KL)).
 * acme's categorical MPO enumerates all K actions with a critic Q(s, ·); here
 * c is sampled alongside a because the weights come from the joint E-step.
 */
import * as tf from '@tensorflow/tfjs-core';
import { categoricalKl, categoricalLogProb } from './categorical';
import { positive, stopGradient } from './mompoLoss';

export interface CategoricalMStepInputs {
  online: tf.Tensor2D; // [B, K] logits of π_θ
  /** π_old's logits at the same states (constants). */
  target: tf.Tensor2D; // [B, K]
  choices: tf.Tensor2D; // [N, B] sampled from π_old
  /** E-step weights (constants), summed over objectives. */
  weights: tf.Tensor2D; // [N, B]
  rawAlpha: tf.Variable; // []
  epsilon: number;
}

export interface CategoricalMStepLoss {
  /** Cross-entropy, penalty and α loss summed; differentiate w.r.t. the head and α. */
  loss: tf.Scalar;
  /** KL(π_old ‖ π_θ), mean over states. */
  kl: tf.Scalar;
}

export function categoricalMStepLoss(m: CategoricalMStepInputs): CategoricalMStepLoss {
  const ce = tf.neg(tf.mean(tf.sum(tf.mul(m.weights, categoricalLogProb(m.online, m.choices)), 0))); // []
  const kl = tf.mean(categoricalKl(stopGradient(m.target), m.online)) as tf.Scalar; // []
  const alpha = positive(m.rawAlpha);
  const penalty = tf.mul(stopGradient(alpha), kl);
  const dual = tf.mul(alpha, tf.sub(m.epsilon, stopGradient(kl)));
  return { loss: tf.addN([ce, penalty, dual]) as tf.Scalar, kl };
}
