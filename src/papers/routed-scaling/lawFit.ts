/**
 * Fits Eq. 1 of Clark et al. 2022 (arXiv 2202.01169; law.ts) to measured
 * losses by least squares on log10 L, as the paper fits its Table 3.
 * Given E_start and E_max, log L is linear in (a, b, c, d), so those four are
 * solved exactly (normal equations) and only the two saturation constants are
 * searched: a grid over (ln E_start, ln(E_max − E_start)) then L-BFGS from the
 * best grid points (variable projection). With experts only up to 16 the
 * saturation is barely seen, so an optional weak prior pulls ln E_start and
 * ln E_max toward given values; it is reported, never hidden.
 */
import { lbfgs } from '../../core/optim/lbfgs';
import { numericGrad } from '../../core/optim/numericGrad';
import { solve } from '../../core/optim/polyfit';
import { eHat, type LawCoefficients } from './law';

export interface LawPoint {
  /** Dense parameters. */
  N: number;
  E: number;
  /** Loss, nats per token. */
  loss: number;
}

export interface LawPrior {
  eStart: number;
  eMax: number;
  /** Weight on the squared log-distance, in units of squared log10-loss residuals. */
  weight: number;
}

export interface LawFit extends LawCoefficients {
  /** Root mean square residual of log10 L. */
  rmse: number;
  points: number;
  prior: LawPrior | null;
  /** 'full': all six fitted; 'fixed-saturation': E_start and E_max held at given values, a-d fitted. */
  mode: 'full' | 'fixed-saturation';
}

/** Why these points cannot pin down Eq. 1, or null when they can. */
export function lawFitProblem(points: readonly LawPoint[]): string | null {
  const bad = points.find((p) => !(p.N > 0 && p.E >= 1 && p.loss > 0 && Number.isFinite(p.loss)));
  if (bad) return `a point is not a positive finite (N, E, loss): ${JSON.stringify(bad)}`;
  const sizes = new Set(points.map((p) => p.N)).size;
  const experts = new Set(points.map((p) => p.E)).size;
  if (sizes < 2) return 'Eq. 1 needs at least 2 dense sizes';
  if (experts < 3) return 'Eq. 1 needs at least 3 expert counts';
  return null;
}

const toSat = (u: number, v: number) => ({ eStart: Math.exp(u), eMax: Math.exp(u) + Math.exp(v) });

/** Best (a, b, c, d) for fixed saturation, and the sum of squared residuals. */
function linearPart(points: readonly LawPoint[], eStart: number, eMax: number): { abcd: number[]; sse: number } {
  const M = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  const v = [0, 0, 0, 0];
  const rows = points.map((p) => {
    const x = Math.log10(p.N), z = Math.log10(eHat(p.E, eStart, eMax));
    return { f: [x, z, x * z, 1], y: Math.log10(p.loss) };
  });
  for (const { f, y } of rows) {
    for (let i = 0; i < 4; i++) {
      v[i] += f[i] * y;
      for (let j = 0; j < 4; j++) M[i][j] += f[i] * f[j];
    }
  }
  for (let i = 0; i < 4; i++) M[i][i] += 1e-12; // keeps an exactly collinear design solvable
  const abcd = solve(M, v);
  let sse = 0;
  for (const { f, y } of rows) sse += (f[0] * abcd[0] + f[1] * abcd[1] + f[2] * abcd[2] + abcd[3] - y) ** 2;
  return { abcd, sse };
}

/** Least-squares fit of Eq. 1; throws a RangeError naming the problem when the points cannot support it. */
export function fitLaw(points: readonly LawPoint[], prior: LawPrior | null = null): LawFit {
  const problem = lawFitProblem(points);
  if (problem) throw new RangeError(problem);
  const objective = (uv: Float64Array<ArrayBufferLike>): number => {
    const { eStart, eMax } = toSat(uv[0], uv[1]);
    let f = linearPart(points, eStart, eMax).sse;
    if (prior) f += prior.weight * ((Math.log(eStart / prior.eStart)) ** 2 + (Math.log(eMax / prior.eMax)) ** 2);
    return f;
  };
  const grid: [number, number, number][] = [];
  for (let u = -1; u <= 2.5; u += 0.25) for (let v = 0; v <= 8; v += 0.5) grid.push([u, v, objective(Float64Array.of(u, v))]);
  grid.sort((p, q) => p[2] - q[2]);
  let best: { x: Float64Array<ArrayBufferLike>; value: number } = { x: Float64Array.of(grid[0][0], grid[0][1]), value: grid[0][2] };
  for (const [u, v] of grid.slice(0, 4)) {
    const r = lbfgs((x) => ({ value: objective(x), grad: numericGrad(objective, x) }), [u, v], { maxIter: 200, ftol: 1e-14 });
    if (Number.isFinite(r.value) && r.value < best.value) best = { x: r.x, value: r.value };
  }
  const { eStart, eMax } = toSat(best.x[0], best.x[1]);
  const { abcd, sse } = linearPart(points, eStart, eMax);
  const [a, b, c, d] = abcd;
  return { a, b, c, d, eStart, eMax, rmse: Math.sqrt(sse / points.length), points: points.length, prior, mode: 'full' };
}

/**
 * Fits a, b, c, d with E_start and E_max held fixed: enough for 2 sizes and 2
 * expert counts (4 points, 4 unknowns), too little for the saturation.
 */
export function fitLawFixedSaturation(points: readonly LawPoint[], eStart: number, eMax: number): LawFit {
  const problem = lawFitProblem(points);
  if (problem && !/3 expert counts/.test(problem)) throw new RangeError(problem);
  if (new Set(points.map((p) => p.E)).size < 2) throw new RangeError('Eq. 1 needs at least 2 expert counts');
  const { abcd, sse } = linearPart(points, eStart, eMax);
  const [a, b, c, d] = abcd;
  return { a, b, c, d, eStart, eMax, rmse: Math.sqrt(sse / points.length), points: points.length, prior: null, mode: 'fixed-saturation' };
}
