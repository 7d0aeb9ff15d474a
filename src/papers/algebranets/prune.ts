/**
 * Magnitude pruning of whole algebra elements (AlgebraNets, Section 5): an
 * element W_oi is kept or removed as a unit, by its L2 norm over its d real
 * components. Sparsity follows Zhu & Gupta's (2017) cubic schedule
 *   s(t) = s_f · (1 − (1 − (t − t₀) / (t₁ − t₀))³)   for t₀ ≤ t ≤ t₁.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AlgebraDense } from './AlgebraDense';

/** Sparsity at `step` of `steps` for a target reached between fractions start and end of training. */
export function sparsityAt(step: number, steps: number, target: number, start: number, end: number): number {
  if (target <= 0) return 0;
  const t0 = start * steps, t1 = Math.max(t0, end * steps);
  if (step < t0) return 0;
  if (step >= t1) return target;
  return target * (1 - (1 - (step - t0) / (t1 - t0)) ** 3);
}

/** Sparsity levels a run trains: the target alone, or n evenly spaced from 0 to it. */
export function sparsityLevels(target: number, points: number): number[] {
  if (points <= 1 || target <= 0) return [target];
  return Array.from({ length: points }, (_, i) => sparsityLevel(target, i, points));
}

/** Level i of n evenly spaced from 0 to the target (the target itself when n is 1). */
export function sparsityLevel(target: number, i: number, n: number): number {
  return n <= 1 ? target : (target * i) / (n - 1);
}

/**
 * Masks the smallest-norm elements of a layer so that round(sparsity · O·I)
 * are zero, and zeroes them. Returns the number of pruned elements.
 */
export async function pruneLayer(layer: AlgebraDense, sparsity: number): Promise<number> {
  const normsT = layer.elementNorms();
  const norms = await normsT.data();
  normsT.dispose();
  const n = norms.length;
  const drop = Math.min(n - 1, Math.round(sparsity * n));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => norms[a] - norms[b]);
  const mask = new Float32Array(n).fill(1);
  for (let i = 0; i < drop; i++) mask[order[i]] = 0;
  tf.tidy(() => layer.mask.assign(tf.tensor3d(mask, [layer.nOut, layer.nIn, 1])));
  layer.applyMask();
  return drop;
}
