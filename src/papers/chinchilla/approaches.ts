/**
 * Chinchilla's three estimates of N_opt(C) ∝ C^a and D_opt(C) ∝ C^b, applied
 * to a sweep of training runs (Hoffmann et al. 2022, Section 3):
 *   Approach 1 (Sec. 3.1): the lower envelope of all training curves in FLOPs;
 *   Approach 2 (Sec. 3.2): a parabola in log N per IsoFLOP budget, then its minima;
 *   Approach 3 (Sec. 3.3): the parametric law of `fit.ts`, then its closed-form frontier.
 * All logs are natural. FLOPs follow the paper's C = 6 N D.
 */
import { fitLine, polyfit, polyval } from '../../core/optim/polyfit';
import { fitParametricLoss, frontierExponents, type FitOptions, type ParametricFit } from './fit';

export interface CurvePoint {
  /** Tokens seen so far. */
  tokens: number;
  /** FLOPs spent so far. */
  flops: number;
  /** Evaluation (or smoothed training) loss, nats per token. */
  loss: number;
}

export interface SweepRun {
  /** Parameters, embeddings included (as the paper counts them). */
  N: number;
  /** The run's FLOP budget. */
  C: number;
  /** Tokens trained on. */
  D: number;
  finalLoss: number;
  /** Loss along training, in increasing FLOPs, ending at the run's final FLOPs. */
  curve: readonly CurvePoint[];
}

/** ln N_opt = a ln C + logCoefN and ln D_opt = b ln C + logCoefD. */
export interface FrontierFit {
  a: number;
  b: number;
  logCoefN: number;
  logCoefD: number;
}

const NO_FIT: FrontierFit = { a: NaN, b: NaN, logCoefN: NaN, logCoefD: NaN };

/** Least-squares power laws through (C, N_opt, D_opt) points; NaN with fewer than 2 distinct C. */
export function fitFrontier(points: readonly { C: number; N: number; D: number }[]): FrontierFit {
  if (new Set(points.map((p) => p.C)).size < 2) return NO_FIT;
  const x = points.map((p) => Math.log(p.C));
  const n = fitLine(x, points.map((p) => Math.log(p.N)));
  const d = fitLine(x, points.map((p) => Math.log(p.D)));
  return { a: n.slope, b: d.slope, logCoefN: n.intercept, logCoefD: d.intercept };
}

// ---------------------------------------------------------------- Approach 1

export interface EnvelopePoint {
  C: number;
  /** Parameters of the run with the lowest loss at C. */
  N: number;
  /** Tokens that run had seen at C. */
  D: number;
  loss: number;
  /** Index of the winning run in the input. */
  run: number;
  /**
   * The winner is the sweep's smallest or largest model, so the true optimum
   * may lie beyond the sizes trained: the point bounds N_opt rather than locating it.
   */
  censored: boolean;
}

export interface Approach1Options {
  /** Log-spaced FLOP values; the paper used 1,500. */
  points?: number;
  /** FLOP range to scan; defaults to the span of all curves. */
  range?: readonly [number, number];
  /**
   * Fit only uncensored points (when at least two remain). Default true: with a
   * browser-sized sweep of few sizes, the flat ends of the staircase where the
   * smallest or largest model wins would pull a down. The paper fitted every
   * point; false reproduces that.
   */
  dropCensored?: boolean;
}

export interface Approach1Result extends FrontierFit {
  envelope: EnvelopePoint[];
  /** How many envelope points the power laws were fitted to. */
  fitted: number;
}

/**
 * Loss and tokens of a curve at FLOPs c, null outside the curve. Loss is linear
 * in ln FLOPs; tokens are geometric in FLOPs, so tokens = c / (6N) stays exact.
 */
function curveAt(curve: readonly CurvePoint[], c: number): { loss: number; tokens: number } | null {
  const last = curve.length - 1;
  if (last < 0 || c < curve[0].flops || c > curve[last].flops) return null;
  let lo = 0, hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (curve[mid].flops <= c) lo = mid; else hi = mid;
  }
  const p = curve[lo], q = curve[hi];
  if (lo === hi || q.flops === p.flops) return { loss: p.loss, tokens: p.tokens };
  const w = Math.log(c / p.flops) / Math.log(q.flops / p.flops);
  return { loss: p.loss + w * (q.loss - p.loss), tokens: p.tokens * (q.tokens / p.tokens) ** w };
}

export function approach1(runs: readonly SweepRun[], opts: Approach1Options = {}): Approach1Result {
  const count = opts.points ?? 1500;
  const curves = runs.map((r) => [...r.curve].sort((p, q) => p.flops - q.flops));
  let lo = Infinity, hi = -Infinity;
  for (const c of curves) if (c.length > 0) {
    lo = Math.min(lo, c[0].flops);
    hi = Math.max(hi, c[c.length - 1].flops);
  }
  if (opts.range) [lo, hi] = opts.range;
  if (!(hi > lo && lo > 0)) return { ...NO_FIT, envelope: [], fitted: 0 };

  const sizes = runs.map((r) => r.N);
  const minN = Math.min(...sizes), maxN = Math.max(...sizes);
  const envelope: EnvelopePoint[] = [];
  for (let k = 0; k < count; k++) {
    const C = lo * (hi / lo) ** (count === 1 ? 0 : k / (count - 1));
    let best: EnvelopePoint | null = null;
    for (let i = 0; i < curves.length; i++) {
      const at = curveAt(curves[i], C);
      if (at && (best === null || at.loss < best.loss)) {
        const N = runs[i].N;
        best = { C, N, D: at.tokens, loss: at.loss, run: i, censored: N === minN || N === maxN };
      }
    }
    if (best) envelope.push(best);
  }

  const open = envelope.filter((p) => !p.censored);
  const useOpen = (opts.dropCensored ?? true) && new Set(open.map((p) => p.C)).size >= 2;
  const used = useOpen ? open : envelope;
  return { ...fitFrontier(used), envelope, fitted: used.length };
}

// ---------------------------------------------------------------- Approach 2

export interface IsoFlopProfile {
  /** Geometric mean of the grouped runs' budgets. */
  C: number;
  /** Indices of the runs at this budget. */
  runs: number[];
  /** loss ≈ c0 + c1 x + c2 x^2 with x = ln N; empty with fewer than 3 sizes. */
  coeffs: number[];
  /** Vertex of the parabola. */
  N: number;
  D: number;
  loss: number;
  tooFewSizes: boolean;
  /** c2 <= 0: no minimum. */
  opensDown: boolean;
  /** The vertex lies outside the sizes trained at this budget: an extrapolation. */
  outsideRange: boolean;
}

export interface Approach2Options {
  /** Runs within this ratio of the smallest budget of a group join it. Default 1.05. */
  budgetRatio?: number;
  /** Use vertices outside the sampled sizes in the power-law fit. Default false. */
  keepExtrapolated?: boolean;
}

export interface Approach2Result extends FrontierFit {
  profiles: IsoFlopProfile[];
}

function groupByBudget(runs: readonly SweepRun[], ratio: number): number[][] {
  const order = runs.map((_, i) => i).sort((i, j) => runs[i].C - runs[j].C);
  const groups: number[][] = [];
  for (const i of order) {
    const g = groups[groups.length - 1];
    if (g && runs[i].C < runs[g[0]].C * ratio) g.push(i); else groups.push([i]);
  }
  return groups;
}

function profile(runs: readonly SweepRun[], members: number[]): IsoFlopProfile {
  const C = Math.exp(members.reduce((s, i) => s + Math.log(runs[i].C), 0) / members.length);
  const x = members.map((i) => Math.log(runs[i].N));
  const base = {
    C, runs: members, coeffs: [] as number[], N: NaN, D: NaN, loss: NaN,
    tooFewSizes: false, opensDown: false, outsideRange: false,
  };
  if (new Set(x).size < 3) return { ...base, tooFewSizes: true };
  const coeffs = Array.from(polyfit(x, members.map((i) => runs[i].finalLoss), 2));
  if (!(coeffs[2] > 0)) return { ...base, coeffs, opensDown: true };
  const xStar = -coeffs[1] / (2 * coeffs[2]);
  const N = Math.exp(xStar);
  return {
    ...base, coeffs, N, D: C / (6 * N), loss: polyval(coeffs, xStar),
    outsideRange: xStar < Math.min(...x) || xStar > Math.max(...x),
  };
}

export function approach2(runs: readonly SweepRun[], opts: Approach2Options = {}): Approach2Result {
  const profiles = groupByBudget(runs, opts.budgetRatio ?? 1.05).map((g) => profile(runs, g));
  const usable = profiles.filter((p) =>
    !p.tooFewSizes && !p.opensDown && (opts.keepExtrapolated || !p.outsideRange));
  return { ...fitFrontier(usable), profiles };
}

// ---------------------------------------------------------------- Approach 3

export interface Approach3Result extends FrontierFit {
  law: ParametricFit;
}

/** Fits the parametric law to the runs' final losses; opts.grid trades the paper's 4,500 starts for speed. */
export function approach3(runs: readonly SweepRun[], opts: FitOptions = {}): Approach3Result {
  const law = fitParametricLoss(runs.map((r) => ({ N: r.N, D: r.D, loss: r.finalLoss })), opts);
  const { a, b } = frontierExponents(law);
  // From N_opt = G (C/6)^a and D_opt = G^-1 (C/6)^b.
  const logG = Math.log((law.alpha * law.A) / (law.beta * law.B)) / (law.alpha + law.beta);
  return { a, b, logCoefN: logG - a * Math.log(6), logCoefD: -logG - b * Math.log(6), law };
}
