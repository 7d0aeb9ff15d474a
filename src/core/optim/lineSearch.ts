/**
 * Line search satisfying the strong Wolfe conditions, after Nocedal & Wright,
 * "Numerical Optimization" (2nd ed.), Algorithms 3.5 (bracketing) and 3.6 (zoom),
 * with safeguarded cubic interpolation inside the bracket.
 *
 * Sufficient decrease:  phi(t) <= phi(0) + c1 t phi'(0)
 * Curvature (strong):   |phi'(t)| <= c2 |phi'(0)|
 * where phi(t) = f(x + t d). Non-finite values count as "too large", so an
 * objective that overflows far from the start just shortens the step.
 */

export interface ValueAndGrad {
  value: number;
  grad: Float64Array;
}

export type Objective = (x: Float64Array) => ValueAndGrad;

export interface LineSearchOptions {
  /** Armijo constant. */
  c1?: number;
  /** Curvature constant; 0.9 is the usual choice for quasi-Newton directions. */
  c2?: number;
  /** Cap on function evaluations per search. */
  maxEvals?: number;
  /** Largest step tried while bracketing. */
  maxStep?: number;
}

export interface LineSearchResult {
  /** True when the returned point satisfies at least sufficient decrease. */
  ok: boolean;
  /** True when it also satisfies the strong curvature condition. */
  wolfe: boolean;
  step: number;
  x: Float64Array;
  value: number;
  grad: Float64Array;
  evals: number;
}

interface Sample {
  t: number;
  phi: number;
  dphi: number;
  x: Float64Array;
  grad: Float64Array;
}

function dot(u: ArrayLike<number>, v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i] * v[i];
  return s;
}

/**
 * Minimiser of the cubic through (t0, f0, d0) and (t1, f1, d1), or NaN when
 * the cubic has no real minimiser (the caller then bisects).
 */
function cubicMin(t0: number, f0: number, d0: number, t1: number, f1: number, d1: number): number {
  const e1 = d0 + d1 - (3 * (f0 - f1)) / (t0 - t1);
  const disc = e1 * e1 - d0 * d1;
  if (!(disc >= 0)) return NaN;
  const e2 = Math.sign(t1 - t0) * Math.sqrt(disc);
  return t1 - ((t1 - t0) * (d1 + e2 - e1)) / (d1 - d0 + 2 * e2);
}

export function strongWolfe(
  f: Objective,
  x0: Float64Array,
  f0: number,
  g0: Float64Array,
  dir: Float64Array,
  step0: number,
  opts: LineSearchOptions = {},
): LineSearchResult {
  const c1 = opts.c1 ?? 1e-4;
  const c2 = opts.c2 ?? 0.9;
  const maxEvals = opts.maxEvals ?? 40;
  const maxStep = opts.maxStep ?? 1e10;
  const n = x0.length;
  const dphi0 = dot(g0, dir);
  let evals = 0;

  const sample = (t: number): Sample => {
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = x0[i] + t * dir[i];
    const r = f(x);
    evals++;
    const finite = Number.isFinite(r.value);
    const dphi = finite ? dot(r.grad, dir) : NaN;
    return { t, phi: finite && Number.isFinite(dphi) ? r.value : Infinity, dphi, x, grad: r.grad };
  };
  const armijo = (s: Sample): boolean => s.phi <= f0 + c1 * s.t * dphi0;
  const curvature = (s: Sample): boolean => Math.abs(s.dphi) <= -c2 * dphi0;
  const done = (s: Sample, wolfe: boolean): LineSearchResult => ({
    ok: true, wolfe, step: s.t, x: s.x, value: s.phi, grad: s.grad, evals,
  });
  const failed = (): LineSearchResult => ({
    ok: false, wolfe: false, step: 0, x: x0, value: f0, grad: g0, evals,
  });

  // Algorithm 3.6: lo always satisfies sufficient decrease and has the lowest
  // phi seen in the bracket; the minimiser lies between lo and hi.
  const zoom = (lo: Sample, hi: Sample): LineSearchResult => {
    while (evals < maxEvals) {
      const left = Math.min(lo.t, hi.t), width = Math.abs(hi.t - lo.t);
      if (width <= 1e-14 * Math.max(1, Math.abs(lo.t))) break;
      let t = Number.isFinite(hi.phi)
        ? cubicMin(lo.t, lo.phi, lo.dphi, hi.t, hi.phi, hi.dphi)
        : NaN;
      // Keep the trial away from the bracket's ends so the bracket shrinks.
      if (!(t > left + 0.1 * width && t < left + 0.9 * width)) t = left + 0.5 * width;
      const s = sample(t);
      if (!armijo(s) || s.phi >= lo.phi) {
        hi = s;
      } else {
        if (curvature(s)) return done(s, true);
        if (s.dphi * (hi.t - lo.t) >= 0) hi = lo;
        lo = s;
      }
    }
    // Out of evaluations: accept the best decrease found, as backtracking would.
    return lo.t > 0 ? done(lo, false) : failed();
  };

  const origin: Sample = { t: 0, phi: f0, dphi: dphi0, x: x0, grad: g0 };
  if (!(dphi0 < 0)) return failed();
  let prev = origin;
  let t = Math.min(step0, maxStep);
  while (evals < maxEvals) {
    const s = sample(t);
    if (!armijo(s) || (prev.t > 0 && s.phi >= prev.phi)) return zoom(prev, s);
    if (curvature(s)) return done(s, true);
    if (s.dphi >= 0) return zoom(s, prev);
    if (t >= maxStep) return done(s, false);
    prev = s;
    t = Math.min(4 * t, maxStep);
  }
  return prev.t > 0 ? done(prev, false) : failed();
}
