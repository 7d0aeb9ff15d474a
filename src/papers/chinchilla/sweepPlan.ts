/**
 * The IsoFLOP sweep as a list of planned runs (Hoffmann et al. 2022, arXiv
 * 2203.15556, Section 3.2 and Figure 3): budgets C_k = C_min · factor^k, and at
 * each budget `sizes` models whose exact parameter counts N (embeddings
 * included, as the paper counts them; core/lm countParams) are log-spaced
 * around a guess of the optimum, N_c = sqrt(C / (6 · tokensPerParam)).
 *
 * Compute per token is 6N (Section 3; the detailed Appendix F count is in
 * core/lm/count.ts), so a run of N parameters at budget C trains on
 * D = C / (6N) tokens, i.e. steps = round(D / (B T)), at least MIN_STEPS.
 * SweepRun.C is the nominal budget C_k, which groups the IsoFLOP profile;
 * a run's actual compute 6 N (steps B T) is within half a step of it.
 *
 * Sizes come from one global ladder, N_j ≈ N_0 · r^j with r = span^(1/(sizes-1)),
 * and each budget takes `sizes` consecutive rungs, so one model size recurs at
 * several budgets with different cosine lengths, as in Approach 1 (Section 3.1).
 * Depth is fixed and width (d_model) varies, so every run has the same tensors.
 */
import { VOCAB_SIZE } from '../../core/corpus';
import { countParams, type LMConfig } from '../../core/lm';
import type { ChinchillaParams } from './params';

/** FFN width / d_model, as in GPT-2, Gopher and Chinchilla. */
export const FFN_RATIO = 4;
/** Narrowest model, and the quantum of widths (single-head models below 32 need no more). */
export const MIN_WIDTH = 4;
export const WIDTH_STEP = 2;
/** Widest model the planner will build: about 25M parameters at depth 2. */
export const MAX_WIDTH = 1024;
/** Fewest optimiser steps per run, so warm-up and decay both exist. */
export const MIN_STEPS = 4;

export type PlanParams = Pick<
  ChinchillaParams,
  'budgets' | 'sizes' | 'minFlops' | 'budgetFactor' | 'sizeSpan' | 'tokensPerParam' | 'depth' | 'seqLen' | 'batchSize' | 'norm' | 'positions'
>;

export interface PlannedRun {
  /** Position in the sweep, in training order. */
  index: number;
  /** Index of the budget in SweepPlan.budgets (an index, not FLOPs: that is C; the name is stored in recorded runs). */
  budget: number;
  /** Nominal FLOP budget C_k. */
  C: number;
  /** Rung of the global size ladder. */
  rung: number;
  config: LMConfig;
  /** Exact parameters, embeddings included. */
  N: number;
  steps: number;
  /** Tokens trained on: steps · B · T. */
  tokens: number;
  /** Actual compute, 6 N tokens. */
  flops: number;
  /** Fewer than MIN_STEPS fitted the budget, so the run trains MIN_STEPS and overspends it. */
  clamped: boolean;
}

export interface SweepPlan {
  /** The budgets' FLOPs, C_k, smallest first. */
  budgets: number[];
  /** Budget by budget, smallest model first. */
  runs: PlannedRun[];
  /** Ratio between neighbouring rungs of the ladder. */
  rungRatio: number;
  totalSteps: number;
  totalFlops: number;
  /** Most tokens any run trains on. */
  maxTokens: number;
}

type ShapeParams = Pick<PlanParams, 'depth' | 'seqLen' | 'norm' | 'positions'>;

/** Heads: the largest power of two up to d_model / 16 that divides d_model (head size >= 16). */
export function headsFor(dModel: number): number {
  let h = 1;
  while (h * 2 <= dModel / 16 && dModel % (h * 2) === 0) h *= 2;
  return h;
}

export function lmConfig(p: ShapeParams, dModel: number): LMConfig {
  return {
    vocabSize: VOCAB_SIZE, seqLen: p.seqLen, dModel, nLayers: p.depth, nHeads: headsFor(dModel),
    ffnRatio: FFN_RATIO, norm: p.norm, positions: p.positions,
  };
}

export function paramsAt(p: ShapeParams, dModel: number): number {
  return countParams(lmConfig(p, dModel)).total;
}

/** The width in [lo, MAX_WIDTH] (a multiple of WIDTH_STEP) whose exact N is nearest `target` in log. */
export function widthForParams(p: ShapeParams, target: number, lo = MIN_WIDTH): number {
  let best = lo;
  let bestErr = Infinity;
  for (let w = lo; w <= MAX_WIDTH; w += WIDTH_STEP) {
    const err = Math.abs(Math.log(paramsAt(p, w) / target));
    if (err < bestErr) {
      best = w;
      bestErr = err;
    } else break; // N grows with width, so the error has one minimum
  }
  return best;
}

/** Widths of rungs 0..count-1, strictly increasing. */
function ladderWidths(p: ShapeParams, ratio: number, count: number): number[] {
  const n0 = paramsAt(p, MIN_WIDTH);
  const widths: number[] = [];
  for (let j = 0; j < count; j++) {
    const floor = j === 0 ? MIN_WIDTH : widths[j - 1] + WIDTH_STEP;
    if (floor > MAX_WIDTH) {
      throw new RangeError(`the sweep needs models wider than ${MAX_WIDTH}: lower the budgets or raise tokens per parameter`);
    }
    widths.push(widthForParams(p, n0 * ratio ** j, floor));
  }
  return widths;
}

export function budgetsOf(p: Pick<PlanParams, 'budgets' | 'minFlops' | 'budgetFactor'>): number[] {
  return Array.from({ length: p.budgets }, (_, k) => p.minFlops * p.budgetFactor ** k);
}

const stepsAt = (C: number, N: number, tokensPerStep: number): number => C / (6 * N * tokensPerStep);

export function planSweep(p: PlanParams): SweepPlan {
  const m = p.sizes;
  const ratio = p.sizeSpan ** (1 / (m - 1));
  const tokensPerStep = p.batchSize * p.seqLen;
  const budgets = budgetsOf(p);
  const n0 = paramsAt(p, MIN_WIDTH);

  // First rung of each budget's window: centred on N_c, then moved down while
  // its largest model would get fewer than MIN_STEPS steps (rungs are ~ n0 r^j).
  const starts = budgets.map((C) => {
    const centre = Math.sqrt(C / (6 * p.tokensPerParam));
    let j0 = Math.max(0, Math.round(Math.log(centre / n0) / Math.log(ratio) - (m - 1) / 2));
    while (j0 > 0 && Math.round(stepsAt(C, n0 * ratio ** (j0 + m - 1), tokensPerStep)) < MIN_STEPS) j0--;
    return j0;
  });
  const widths = ladderWidths(p, ratio, Math.max(...starts) + m);

  const runs: PlannedRun[] = [];
  budgets.forEach((C, k) => {
    for (let rung = starts[k]; rung < starts[k] + m; rung++) {
      const config = lmConfig(p, widths[rung]);
      const N = countParams(config).total;
      const ideal = Math.round(stepsAt(C, N, tokensPerStep));
      const steps = Math.max(MIN_STEPS, ideal);
      const tokens = steps * tokensPerStep;
      runs.push({ index: runs.length, budget: k, C, rung, config, N, steps, tokens, flops: 6 * N * tokens, clamped: ideal < MIN_STEPS });
    }
  });
  return {
    budgets,
    runs,
    rungRatio: ratio,
    totalSteps: runs.reduce((s, r) => s + r.steps, 0),
    totalFlops: runs.reduce((s, r) => s + r.flops, 0),
    maxTokens: Math.max(...runs.map((r) => r.tokens)),
  };
}
