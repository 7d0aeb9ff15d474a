/**
 * Chinchilla's Approach 3: fit the parametric loss
 *
 *   L(N, D) = E + A / N^alpha + B / D^beta          (Hoffmann et al. 2022, arXiv 2203.15556, Section 3.3)
 *
 * by minimising  sum_i Huber_delta( LSE(a - alpha log N_i, b - beta log D_i, e) - log L_i )
 * with delta = 1e-3, A = e^a, B = e^b, E = e^e, by L-BFGS from every point of
 * the paper's initialisation grid, keeping the best.
 * The Huber terms are SUMMED, not averaged: Besiroglu et al. (2024, arXiv
 * 2404.10102) traced the published fit's early stop to averaging.
 *
 * The frontier of this law under C = 6 N D is closed-form:
 *   N_opt = G (C/6)^a,  D_opt = G^-1 (C/6)^b,  G = (alpha A / (beta B))^(1/(alpha+beta)),
 *   a = beta / (alpha+beta),  b = alpha / (alpha+beta).
 */
import { lbfgs, type ValueAndGrad } from '../../core/optim/lbfgs';

export interface LossPoint {
  /** Parameters. */
  N: number;
  /** Training tokens. */
  D: number;
  /** Loss in nats per token. */
  loss: number;
}

export interface LossLaw {
  A: number;
  B: number;
  E: number;
  alpha: number;
  beta: number;
}

export interface ParametricFit extends LossLaw {
  /** Summed Huber objective at the returned parameters. */
  objective: number;
  /** Starts tried and how many of them met a convergence test. */
  starts: number;
  converged: number;
}

/** Start values per coordinate; every combination is one L-BFGS start. */
export interface InitGrid {
  a: readonly number[];
  b: readonly number[];
  e: readonly number[];
  alpha: readonly number[];
  beta: readonly number[];
}

const range = (lo: number, hi: number, step: number): number[] =>
  Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) => lo + i * step);

/** The paper's initialisation grid: 6 * 6 * 5 * 5 * 5 = 4,500 starts. */
export const PAPER_GRID: InitGrid = {
  a: range(0, 25, 5),
  b: range(0, 25, 5),
  e: range(-1, 1, 0.5),
  alpha: range(0, 2, 0.5),
  beta: range(0, 2, 0.5),
};

/**
 * 2 * 2 * 2 * 2 * 2 = 32 starts, a subset of PAPER_GRID's ranges, for bootstraps
 * (100 refits) and live previews. It skips alpha = 0 / beta = 0, where the law
 * has no N or D dependence, and the largest offsets, which start far up the
 * Huber loss's linear arm and mostly land on the same optimum as the rest.
 */
export const COARSE_GRID: InitGrid = {
  a: [5, 10],
  b: [5, 10],
  e: [0, 0.5],
  alpha: [0.5, 1],
  beta: [0.5, 1],
};

export interface FitOptions {
  /** Huber threshold in log-loss units. */
  delta?: number;
  grid?: InitGrid;
  /** Explicit starts [a, b, e, alpha, beta]; used instead of the grid when given (see gridStarts). */
  starts?: readonly (readonly number[])[];
  maxIter?: number;
  /** How many of the best grid results are refined to full precision. */
  polish?: number;
}

/**
 * The objective as a function of theta = [a, b, e, alpha, beta], with its analytic gradient.
 * Exported for gradient checks; fitParametricLoss is the entry point.
 */
export function huberLseObjective(points: readonly LossPoint[], delta = 1e-3): (theta: Float64Array) => ValueAndGrad {
  const n = points.length;
  const logN = Float64Array.from(points, (p) => Math.log(p.N));
  const logD = Float64Array.from(points, (p) => Math.log(p.D));
  const logL = Float64Array.from(points, (p) => Math.log(p.loss));
  return (theta) => {
    // Indexed reads: destructuring a typed array goes through its iterator, in the hot loop.
    const a = theta[0], b = theta[1], e = theta[2], alpha = theta[3], beta = theta[4];
    const expE = Math.exp(e);
    let value = 0, ga = 0, gb = 0, ge = 0, gAlpha = 0, gBeta = 0;
    for (let i = 0; i < n; i++) {
      const u1 = a - alpha * logN[i], u2 = b - beta * logD[i];
      let x1 = Math.exp(u1), x2 = Math.exp(u2), x3 = expE;
      let s = x1 + x2 + x3, lse: number;
      // Unshifted exponentials cost one exp fewer per point; shift by the largest
      // exponent only when they overflow or all underflow (far-off line-search trials).
      if (s < Infinity && s > 0) {
        lse = Math.log(s);
      } else {
        const m = Math.max(u1, u2, e);
        x1 = Math.exp(u1 - m); x2 = Math.exp(u2 - m); x3 = Math.exp(e - m);
        s = x1 + x2 + x3;
        lse = m + Math.log(s);
      }
      const r = lse - logL[i];
      let h: number;
      if (r > delta) { value += delta * (r - 0.5 * delta); h = delta; }
      else if (r < -delta) { value += delta * (-r - 0.5 * delta); h = -delta; }
      else { value += 0.5 * r * r; h = r; }
      // d LSE / d u_k is the softmax weight x_k / s.
      const hs = h / s;
      const w1 = hs * x1, w2 = hs * x2;
      ga += w1;
      gb += w2;
      ge += hs * x3;
      gAlpha -= w1 * logN[i];
      gBeta -= w2 * logD[i];
    }
    const grad = new Float64Array(5);
    grad[0] = ga; grad[1] = gb; grad[2] = ge; grad[3] = gAlpha; grad[4] = gBeta;
    return { value, grad };
  };
}

/** Every combination of the grid's values, as [a, b, e, alpha, beta] starts. */
export function gridStarts(g: InitGrid): number[][] {
  const out: number[][] = [];
  for (const alpha of g.alpha) for (const beta of g.beta) for (const e of g.e)
    for (const a of g.a) for (const b of g.b) out.push([a, b, e, alpha, beta]);
  return out;
}

/**
 * Tolerances of the two stages. The grid search runs every start to a relative
 * f change of 1e-5 (scipy's default L-BFGS-B stops at an absolute 2.2e-9, about
 * 1e-6 relative on objectives of this size), then the best few are polished
 * to near machine precision. Running all 4,500 starts to full precision costs
 * four to six times as much and, in our checks on synthetic laws, reached the
 * same optimum.
 */
const SEARCH = { gtol: 1e-6, ftol: 1e-5 };
const POLISH = { gtol: 1e-12, ftol: 1e-13 };

export function fitParametricLoss(points: readonly LossPoint[], opts: FitOptions = {}): ParametricFit {
  if (points.length < 5) throw new RangeError(`fitParametricLoss needs at least 5 points, got ${points.length}`);
  const f = huberLseObjective(points, opts.delta ?? 1e-3);
  const starts = opts.starts ?? gridStarts(opts.grid ?? PAPER_GRID);
  const maxIter = opts.maxIter ?? 1000;
  const found: { x: Float64Array; value: number; order: number }[] = [];
  let converged = 0;
  starts.forEach((x0, order) => {
    const r = lbfgs(f, x0, { maxIter, ...SEARCH });
    if (r.converged) converged++;
    if (Number.isFinite(r.value)) found.push({ x: r.x, value: r.value, order });
  });
  if (found.length === 0) throw new Error('fitParametricLoss: no start produced a finite objective');
  // Ties resolve by start order, so the result does not depend on sort stability.
  found.sort((p, q) => p.value - q.value || p.order - q.order);

  let best = found[0];
  for (const cand of found.slice(0, opts.polish ?? 8)) {
    const r = lbfgs(f, cand.x, { maxIter, ...POLISH });
    if (r.value < best.value) best = { x: r.x, value: r.value, order: cand.order };
  }
  const [a, b, e, alpha, beta] = best.x;
  return {
    A: Math.exp(a), B: Math.exp(b), E: Math.exp(e), alpha, beta,
    objective: best.value, starts: starts.length, converged,
  };
}

/** A law as an L-BFGS start [a, b, e, alpha, beta], e.g. to warm-start bootstrap refits. */
export function thetaOf(p: LossLaw): number[] {
  return [Math.log(p.A), Math.log(p.B), Math.log(p.E), p.alpha, p.beta];
}

/** L(N, D) = E + A / N^alpha + B / D^beta, in nats per token. */
export function predictLoss(N: number, D: number, p: LossLaw): number {
  return p.E + p.A / N ** p.alpha + p.B / D ** p.beta;
}

/** Exponents of the frontier: N_opt ∝ C^a, D_opt ∝ C^b, with a + b = 1. */
export function frontierExponents(p: Pick<LossLaw, 'alpha' | 'beta'>): { a: number; b: number } {
  const s = p.alpha + p.beta;
  return { a: p.beta / s, b: p.alpha / s };
}

/** Loss-minimising (N, D) at compute C (FLOPs) under C = 6 N D. */
export function computeOptimal(C: number, p: LossLaw): { N: number; D: number } {
  const { a, b } = frontierExponents(p);
  const G = ((p.alpha * p.A) / (p.beta * p.B)) ** (1 / (p.alpha + p.beta));
  return { N: G * (C / 6) ** a, D: (C / 6) ** b / G };
}
