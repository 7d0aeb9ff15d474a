/**
 * Learning-rate schedule of Chinchilla and Gopher: linear warm-up to the peak,
 * then a cosine decay by 10x whose cycle matches the training length
 * (Hoffmann et al. 2022, Sec. 3.1 and Appendix B: a cycle more than 25%
 * longer than the run hurts). The last step, totalSteps - 1, runs at lrMin.
 */

export interface CosineSchedule {
  /** Peak learning rate. */
  lr: number;
  warmupSteps: number;
  /** Steps in the run; the cosine ends exactly at step totalSteps - 1. */
  totalSteps: number;
  /** lrMin = minRatio * lr; 0.1 in Chinchilla and Gopher. */
  minRatio: number;
}

/** Optimiser steps in a run of `tokenBudget` tokens: floor(budget / (B T)), at least 1. */
export function stepsForBudget(tokenBudget: number, batchSize: number, seqLen: number): number {
  return Math.max(1, Math.floor(tokenBudget / (batchSize * seqLen)));
}

/** A schedule whose cosine cycle is set by the token budget. */
export function scheduleForBudget(
  lr: number,
  warmupSteps: number,
  tokenBudget: number,
  batchSize: number,
  seqLen: number,
  minRatio = 0.1,
): CosineSchedule {
  return { lr, warmupSteps, totalSteps: stepsForBudget(tokenBudget, batchSize, seqLen), minRatio };
}

/** Learning rate at 0-based `step`. */
export function learningRate(step: number, s: CosineSchedule): number {
  const lrMin = s.minRatio * s.lr;
  if (step < s.warmupSteps) return (s.lr * (step + 1)) / s.warmupSteps;
  const decaySteps = s.totalSteps - 1 - s.warmupSteps;
  if (decaySteps <= 0) return step >= s.totalSteps - 1 ? lrMin : s.lr;
  const p = Math.min(1, (step - s.warmupSteps) / decaySteps);
  return lrMin + 0.5 * (s.lr - lrMin) * (1 + Math.cos(Math.PI * p));
}
