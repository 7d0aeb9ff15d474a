/**
 * The teacher-selection head: an MLP from observations to K logits of a
 * categorical over which teacher's objective applies in this state (Mishra
 * et al. 2023, humanoid). The full policy is π(a, c | s) = N(a; μ(s), σ(s)) ·
 * Cat(c; softmax(ℓ(s))), the two factors independent given s, so
 * log π(a, c | s) = log N(a | s) + log Cat(c | s) and the M-step's weighted
 * cross-entropy splits into a Gaussian part and a categorical part.
 * The last layer starts small, so an untrained head is near uniform.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../../core/rng';
import { mlpForward, type MlpSnapshot } from './mlp';
import { MlpHead } from './mlpHead';

export interface ChoiceConfig {
  obsSize: number;
  /** Number of choices K (teachers). */
  choices: number;
  hidden: number[];
}

export class ChoicePolicy extends MlpHead {
  readonly config: ChoiceConfig;

  constructor(name: string, config: ChoiceConfig, rng: Rng) {
    if (!(config.choices >= 1)) throw new Error(`a choice head needs at least one choice, got ${config.choices}`);
    super(name, [config.obsSize, ...config.hidden, config.choices], rng);
    this.config = config;
  }

  /** obs [B, O] -> logits [B, K]. */
  apply(obs: tf.Tensor2D): tf.Tensor2D {
    return this.net.apply(obs);
  }
}

/** The head's logits for one observation, in plain JS: obs [O] -> [K]. */
export function choiceForwardJs(s: MlpSnapshot, obs: ArrayLike<number>): Float32Array {
  return mlpForward(s, obs);
}
