/**
 * Limited-memory BFGS (Nocedal 1980; Liu & Nocedal 1989), as in Nocedal &
 * Wright, "Numerical Optimization" (2nd ed.), Algorithm 7.4 (two-loop
 * recursion) and 7.5, with the strong Wolfe line search of `lineSearch.ts`.
 * Chinchilla's Approach 3 fits its parametric loss with this method (Hoffmann
 * et al. 2022, Section 3.3).
 */
import { strongWolfe, type LineSearchOptions, type Objective } from './lineSearch';

export type { Objective, ValueAndGrad } from './lineSearch';

export interface LbfgsOptions {
  /** Number of (s, y) correction pairs kept. */
  memory?: number;
  maxIter?: number;
  /** Stop when the largest |gradient component| falls to this. */
  gtol?: number;
  /**
   * Stop when an accepted step lowers f by at most ftol * max(|f_k|, |f_k+1|, fscale).
   * Relative, so the objective's units do not matter (summing instead of
   * averaging the Huber terms must not change where the fit stops).
   */
  ftol?: number;
  /** Floor for the relative-change denominator, to cope with f near 0. */
  fscale?: number;
  lineSearch?: LineSearchOptions;
}

export type StopReason = 'gradient' | 'fchange' | 'maxIter' | 'lineSearch';

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  grad: Float64Array;
  iterations: number;
  evaluations: number;
  converged: boolean;
  reason: StopReason;
}

function dot(u: Float64Array, v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i] * v[i];
  return s;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}

export function lbfgs(f: Objective, x0: ArrayLike<number>, opts: LbfgsOptions = {}): LbfgsResult {
  const m = opts.memory ?? 10;
  const maxIter = opts.maxIter ?? 1000;
  const gtol = opts.gtol ?? 1e-8;
  const ftol = opts.ftol ?? 1e-12;
  const fscale = opts.fscale ?? 1e-300;
  const n = x0.length;

  let x: Float64Array = Float64Array.from(x0);
  let { value, grad } = f(x);
  let evaluations = 1;
  // Ring buffer of the m most recent correction pairs, oldest at `head`.
  const S: Float64Array[] = [], Y: Float64Array[] = [], rho: number[] = [];
  let head = 0, count = 0;
  const alpha = new Float64Array(m);
  const dir = new Float64Array(n);

  const finish = (iterations: number, reason: StopReason): LbfgsResult => ({
    x, value, grad, iterations, evaluations,
    converged: reason === 'gradient' || reason === 'fchange', reason,
  });
  if (!Number.isFinite(value)) return finish(0, 'lineSearch');

  for (let iter = 0; iter < maxIter; iter++) {
    if (maxAbs(grad) <= gtol) return finish(iter, 'gradient');

    // Two-loop recursion: dir = -H_k grad, with H_0 = gamma I.
    for (let i = 0; i < n; i++) dir[i] = -grad[i];
    for (let j = count - 1; j >= 0; j--) {
      const k = (head + j) % m;
      alpha[k] = rho[k] * dot(S[k], dir);
      const y = Y[k];
      for (let i = 0; i < n; i++) dir[i] -= alpha[k] * y[i];
    }
    if (count > 0) {
      const k = (head + count - 1) % m;
      const gamma = 1 / (rho[k] * dot(Y[k], Y[k]));
      for (let i = 0; i < n; i++) dir[i] *= gamma;
    }
    for (let j = 0; j < count; j++) {
      const k = (head + j) % m;
      const beta = rho[k] * dot(Y[k], dir);
      const s = S[k];
      for (let i = 0; i < n; i++) dir[i] += (alpha[k] - beta) * s[i];
    }

    // Without curvature information, scale the first step to a unit move.
    let step0 = 1;
    if (count === 0) step0 = Math.min(1, 1 / Math.sqrt(dot(grad, grad)));
    if (!(dot(grad, dir) < 0)) {
      for (let i = 0; i < n; i++) dir[i] = -grad[i];
      count = 0;
      step0 = Math.min(1, 1 / Math.sqrt(dot(grad, grad)));
    }

    const ls = strongWolfe(f, x, value, grad, dir, step0, opts.lineSearch);
    evaluations += ls.evals;
    if (!ls.ok) {
      // A stale memory can point badly; retry once from steepest descent.
      if (count > 0) { count = 0; continue; }
      return finish(iter, 'lineSearch');
    }

    const s = new Float64Array(n), y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = ls.x[i] - x[i];
      y[i] = ls.grad[i] - grad[i];
    }
    const sy = dot(s, y);
    const prevValue = value;
    x = ls.x; value = ls.value; grad = ls.grad;

    // Keep the pair only if it carries positive curvature, so H stays positive definite.
    if (sy > 1e-10 * dot(y, y)) {
      const k = count < m ? (head + count) % m : head;
      S[k] = s; Y[k] = y; rho[k] = 1 / sy;
      if (count < m) count++;
      else head = (head + 1) % m;
    }

    const denom = Math.max(Math.abs(prevValue), Math.abs(value), fscale);
    if (prevValue - value <= ftol * denom) {
      return finish(iter + 1, maxAbs(grad) <= gtol ? 'gradient' : 'fchange');
    }
  }
  return finish(maxIter, 'maxIter');
}
