/**
 * What a routed sweep measures per model, and the law fits made from it
 * (Clark et al. 2022, arXiv 2202.01169, Eq. 1 fitted per router as in Table 3).
 */
import { ExperimentError } from '../../core/experiment';
import { isRecord, isFiniteNumber } from '../../core/sweep/plainData';
import { LAW_ROUTERS, TABLE3, type LawRouter } from './law';
import { fitLaw, fitLawFixedSaturation, lawFitProblem, type LawFit, type LawPoint } from './lawFit';
import type { RouterKind } from './router';
import type { PlannedRun } from './sweepPlan';

/** A planned model with what it measured. */
export interface RunResult extends PlannedRun {
  /** Parameters of the dense model of this size (the law's N). */
  N: number;
  /** Parameters of this model (all experts). */
  params: number;
  /** Held-out loss, nats per token (a character, or a subword under byte-pair tokens). */
  evalLoss: number;
  /** Held-out loss in bits per character of the scored text: comparable across tokenizers (absent from runs recorded before it). */
  evalBpc?: number;
  /** Max over layers of (largest expert's share × E), averaged over the last quarter of training; 1 = perfectly even. */
  balance: number;
  /** Fraction of tokens that overflowed capacity, averaged over the last quarter of training and the layers. */
  dropped: number;
  /** The same balance measure on the last evaluation batch (greedy routing, no capacity). */
  evalBalance: number;
  tokensPerSec: number;
}

const RESULT_ROUTERS: readonly RunResult['router'][] = ['dense', 'sbase', 'rlr', 'hash', 'top1'];

/** A model's result from a run file or the wire, checked field by field. */
export function checkRunResult(x: unknown): RunResult {
  if (!isRecord(x)) throw new ExperimentError('a routed model result is not an object');
  const { index, replica, sizeIndex, width, E, router, N, params, evalLoss, balance, dropped, evalBalance, tokensPerSec } = x;
  const router_ = RESULT_ROUTERS.find((r) => r === router);
  if (router_ === undefined) throw new ExperimentError(`a routed model result names router '${String(router)}', not one of ${RESULT_ROUTERS.join(', ')}`);
  if (!isFiniteNumber(index) || !isFiniteNumber(replica) || !isFiniteNumber(sizeIndex) || !isFiniteNumber(width) || !isFiniteNumber(E) || !isFiniteNumber(N) ||
      !isFiniteNumber(params) || !isFiniteNumber(evalLoss) || !isFiniteNumber(balance) || !isFiniteNumber(dropped) || !isFiniteNumber(evalBalance) ||
      !isFiniteNumber(tokensPerSec)) {
    throw new ExperimentError('a routed model result: a field is missing or not a finite number');
  }
  const { evalBpc } = x;
  if (evalBpc !== undefined && !isFiniteNumber(evalBpc)) throw new ExperimentError('a routed model result: evalBpc is not a finite number');
  return { index, replica, sizeIndex, width, E, router: router_, N, params, evalLoss, ...(evalBpc === undefined ? {} : { evalBpc }), balance, dropped, evalBalance, tokensPerSec };
}

export interface RouterFit {
  router: LawRouter;
  fit: LawFit | null;
  /** Why no fit, when fit is null. */
  problem: string | null;
}

/** Prior weight on the saturation constants for the full fit (squared log10-loss units). */
export const SATURATION_PRIOR_WEIGHT = 1e-4;

/** Loss of each (size, E) for a router, averaged over seeds; E = 1 comes from the shared dense runs. */
export function lawPoints(results: readonly RunResult[], router: LawRouter): LawPoint[] {
  const groups = new Map<string, { N: number; E: number; sum: number; n: number }>();
  for (const r of results) {
    if (r.router !== router && r.router !== 'dense') continue;
    const key = `${r.N}:${r.E}`;
    const g = groups.get(key) ?? { N: r.N, E: r.E, sum: 0, n: 0 };
    g.sum += r.evalLoss;
    g.n++;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ N: g.N, E: g.E, loss: g.sum / g.n })).sort((p, q) => p.N - q.N || p.E - q.E);
}

/** Eq. 1 per router: all six constants when the sweep has 3+ expert counts, else a-d with Table 3's saturation. */
export function fitRouters(results: readonly RunResult[], routers: readonly RouterKind[]): RouterFit[] {
  return LAW_ROUTERS.filter((r) => routers.includes(r)).map((router) => {
    const pts = lawPoints(results, router);
    const { eStart, eMax } = TABLE3[router];
    const problem = lawFitProblem(pts);
    try {
      if (!problem) return { router, fit: fitLaw(pts, { eStart, eMax, weight: SATURATION_PRIOR_WEIGHT }), problem: null };
      if (/3 expert counts/.test(problem) && new Set(pts.map((p) => p.E)).size >= 2) return { router, fit: fitLawFixedSaturation(pts, eStart, eMax), problem: null };
      return { router, fit: null, problem };
    } catch (err) {
      return { router, fit: null, problem: err instanceof Error ? err.message : String(err) };
    }
  });
}
