/**
 * MO-MPO objectives (Abdolmaleki, Huang et al. 2020; acme `mompo`): each has
 * its own KL bound ε_k and gets its own E-step. Two kinds, as in acme:
 *  - a reward objective: the learner trains a critic head on the env's reward
 *    of that name and uses Q_k(s, a) from the target critic;
 *  - a Q-value objective: its Q-values come straight from the sampled actions
 *    (acme's QValueObjective). A teacher is one (Mishra et al. 2023):
 *    Q_T(s, a) = log π_T(a | s), so q_T ∝ π_old · π_T^{1/η_T}.
 * New kinds of guidance plug in as further Q-value objectives.
 */
import * as tf from '@tensorflow/tfjs-core';

/** What a Q-value objective sees: the batch's states and the actions sampled from the target policy. */
export interface SampledActions {
  obs: tf.Tensor2D; // [B, O]
  /** Raw samples from π_old. */
  actions: tf.Tensor3D; // [N, B, A]
  /** The same samples clipped into the action box (what a critic or the env sees). */
  clipped: tf.Tensor3D; // [N, B, A]
}

export interface RewardObjective {
  kind: 'reward';
  name: string;
  /** KL bound of this objective's E-step; may change between updates. */
  epsilon: number;
  /** The reward this objective's critic head learns (a key of StepResult.rewards). */
  reward: string;
}

export interface QValueObjective {
  kind: 'qvalue';
  name: string;
  epsilon: number;
  /** Q-values of the sampled actions, [N, B]; called inside the learner's tidy. */
  qvalues(s: SampledActions): tf.Tensor2D;
}

export type Objective = RewardObjective | QValueObjective;

/** A policy that can act in JS and give log π(a | s) of sampled actions in tfjs. */
export interface TeacherPolicy {
  name: string;
  /** The teacher's Gaussian for one observation (acting, arrows, its own rollouts). */
  act(obs: Float32Array): { mean: Float32Array; std: Float32Array };
  /** log π_T(a | s) of sampled actions, [N, B]. */
  logProb(obs: tf.Tensor2D, actions: tf.Tensor3D): tf.Tensor2D;
  /** Whether the teacher applies in this state (e.g. its phase of a sequence); default always. */
  active?(obs: Float32Array): boolean;
  /** The action dimensions the teacher speaks for; default all. */
  readonly dims?: readonly number[];
}

export function rewardObjective(name: string, epsilon: number, reward = name): RewardObjective {
  return { kind: 'reward', name, epsilon, reward };
}

/** The teacher as an objective: Q_T(s, a) = log π_T(a | s) on the raw samples. */
export function teacherObjective(teacher: TeacherPolicy, epsilon: number): QValueObjective {
  return { kind: 'qvalue', name: teacher.name, epsilon, qvalues: (s) => teacher.logProb(s.obs, s.actions) };
}
