/**
 * What the experiment needs from a model of either task: its parameters, the
 * algebra layers that may be pruned, and counters read off its layer objects.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import type { Algebra } from './algebras';
import type { AlgebraDense } from './AlgebraDense';

export interface AlgebraModel {
  readonly alg: Algebra;
  /** Widths in algebra elements, one per hidden layer. */
  readonly widths: readonly number[];
  readonly weights: Weight[];
  /** Layers whose elements magnitude pruning may remove (not the stem, not the real head). */
  readonly prunable: readonly AlgebraDense[];
  /** Real parameters, summed over the layers' variables. */
  paramCount(): number;
  /** Real multiplies of one forward pass on one example, summed over the layers. */
  multipliesPerExample(): number;
  /** Logits. x [N, ...input] → [N, classes] */
  logits(x: tf.Tensor): tf.Tensor2D;
  dispose(): void;
}

export type ModelFactory = (alg: Algebra, widths: readonly number[], rng: Rng) => AlgebraModel;
