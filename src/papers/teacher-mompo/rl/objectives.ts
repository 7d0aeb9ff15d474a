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
  /** Teacher choices sampled with the actions from π_old's categorical head, when the policy has one. */
  choices?: tf.Tensor2D; // [N, B], int32
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
  /** Sets σ_T, the width of the teacher's Gaussian, from then on (a teacher that has one). */
  setStd?(std: number): void;
}

export function rewardObjective(name: string, epsilon: number, reward = name): RewardObjective {
  return { kind: 'reward', name, epsilon, reward };
}

/** The teacher as an objective: Q_T(s, a) = log π_T(a | s) on the raw samples. */
export function teacherObjective(teacher: TeacherPolicy, epsilon: number): QValueObjective {
  return { kind: 'qvalue', name: teacher.name, epsilon, qvalues: (s) => teacher.logProb(s.obs, s.actions) };
}

/**
 * How a gated teacher scores samples whose choice is another teacher:
 *  - 'zero': Q = 0 (the teacher's objective is simply absent there);
 *  - 'mean': Q = the state's mean of log π_T over all N samples, a per-state
 *    constant that does not depend on the density's scale.
 */
export type GateOff = 'zero' | 'mean';

/**
 * A teacher whose objective applies only where the agent's choice head picked
 * it (Mishra et al. 2023, humanoid; facts file: "a discrete action that
 * chooses which teacher's objective is active"):
 *   Q_i(s, a, c) = log π_T(a | s)  if c = index,  else off(s).
 * Off-choice samples get a value that is the same for every action at that
 * state, so they pull the Gaussian nowhere and the teacher's pull on the
 * actions acts through the samples that chose it. The choice itself is pushed
 * by comparing log π_T against the off value: with 'zero' a teacher attracts
 * its choice where its density at the agent's samples exceeds 1 and repels it
 * elsewhere (a scale-dependent threshold: a 21-dim teacher with σ = 0.1 gives
 * log π_T ≈ −500 at an untrained agent's samples, so early on every teacher
 * repels its own choice); with 'mean' the threshold is the state's average,
 * which leaves the choice nearly neutral and lets the task shape it. Needs
 * `SampledActions.choices`.
 */
export function selectedTeacherObjective(teacher: TeacherPolicy, index: number, epsilon: number, off: GateOff = 'zero'): QValueObjective {
  return {
    kind: 'qvalue', name: teacher.name, epsilon,
    qvalues: (s) => {
      if (!s.choices) throw new Error(`teacher '${teacher.name}' is gated by a choice, but the policy has no choice head`);
      const lp = teacher.logProb(s.obs, s.actions); // [N, B]
      // 1 where c = index, else 0, by float ops (boolean masks were unreliable on WebGPU): relu(1 − |c − i|).
      const on = tf.relu(tf.sub(1, tf.abs(tf.sub(tf.cast(s.choices, 'float32'), index)))); // [N, B]
      const offValue = off === 'mean' ? tf.mean(lp, 0, true) : tf.zerosLike(lp); // [1, B] or [N, B]
      return tf.add(tf.mul(on, lp), tf.mul(tf.sub(1, on), offValue)) as tf.Tensor2D;
    },
  };
}
