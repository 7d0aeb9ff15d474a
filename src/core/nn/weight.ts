/**
 * A model's trainable weights (its parameters in the papers' sense; `params`
 * in this code always means an experiment's settings) as tf.Variables,
 * initialised from a seeded Rng the way GPT-2 does (Radford et al. 2019, Sec. 2.3): weights ~ N(0, 0.02²), biases 0,
 * norm gains 1, and residual-branch output projections scaled by
 * 1/sqrt(2 * nLayers) (two residual additions per layer).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../rng';

export interface Weight {
  /** Dotted path such as "h.0.attn.qkv.w"; unique within a model. */
  readonly name: string;
  readonly variable: tf.Variable;
  /** Whether AdamW applies weight decay (matrices yes; biases, gains, position biases no). */
  readonly decay: boolean;
}

export type Init = { kind: 'normal'; std: number } | { kind: 'zeros' } | { kind: 'ones' };

export const GPT2_STD = 0.02;

/** Std of residual output projections: 0.02 / sqrt(2 * nLayers). */
export function residualStd(nLayers: number): number {
  return GPT2_STD / Math.sqrt(2 * nLayers);
}

export function createWeight(name: string, shape: number[], init: Init, rng: Rng, decay: boolean): Weight {
  const size = shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(size);
  if (init.kind === 'normal') for (let i = 0; i < size; i++) values[i] = rng.normal(0, init.std);
  else if (init.kind === 'ones') values.fill(1);
  const t = tf.tensor(values, shape, 'float32');
  const variable = tf.variable(t, true);
  t.dispose();
  return { name, variable, decay };
}

/** Number of scalars in a list of parameters. */
export function countWeights(weights: readonly Weight[]): number {
  return weights.reduce((n, p) => n + p.variable.size, 0);
}

export function disposeWeights(weights: readonly Weight[]): void {
  for (const p of weights) p.variable.dispose();
}
