import { describe, expect, it } from 'vitest';
import { huber } from '../../core/optim/huber';
import { logSumExp } from '../../core/optim/logSumExp';
import { gradCheck } from '../../core/optim/numericGrad';
import { Rng } from '../../core/rng';
import {
  COARSE_GRID, PAPER_GRID, computeOptimal, fitParametricLoss, frontierExponents,
  huberLseObjective, predictLoss, type LossLaw, type LossPoint,
} from './fit';
import { CHINCHILLA_TEX } from './laws';

const TRUTH: LossLaw = { E: 1.7, A: 400, B: 410, alpha: 0.34, beta: 0.28 };

/** A 7 x 7 grid, N in 1e7..1e10 and D in 1e8..1e11, with lognormal noise of `sd`. */
function gridPoints(law: LossLaw, sd: number, seed: number): LossPoint[] {
  const rng = new Rng(seed);
  const out: LossPoint[] = [];
  for (let i = 0; i < 7; i++) for (let j = 0; j < 7; j++) {
    const N = 10 ** (7 + i / 2), D = 10 ** (8 + j / 2);
    out.push({ N, D, loss: predictLoss(N, D, law) * Math.exp(sd * rng.normal()) });
  }
  return out;
}

const rel = (x: number, y: number): number => Math.abs(x / y - 1);

describe('huberLseObjective', () => {
  const points: LossPoint[] = [
    { N: 1e8, D: 2e9, loss: 3.1 },
    { N: 3e9, D: 6e10, loss: 2.2 },
    { N: 4e7, D: 1e9, loss: 3.9 },
  ];

  it('is the sum over points of Huber(LSE(a - alpha log N, b - beta log D, e) - log L)', () => {
    const theta = [6, 6.5, 0.5, 0.35, 0.3];
    const expected = points.reduce((sum, p) => {
      const lse = logSumExp([theta[0] - theta[3] * Math.log(p.N), theta[1] - theta[4] * Math.log(p.D), theta[2]]);
      return sum + huber(lse - Math.log(p.loss), 1e-3);
    }, 0);
    expect(huberLseObjective(points)(Float64Array.from(theta)).value).toBeCloseTo(expected, 14);
  });

  it('sums rather than averages: duplicating the data doubles the objective', () => {
    const theta = Float64Array.of(6, 6.5, 0.5, 0.35, 0.3);
    const once = huberLseObjective(points)(theta).value;
    expect(huberLseObjective([...points, ...points])(theta).value).toBeCloseTo(2 * once, 14);
  });

  it('has an analytic gradient matching central differences, in and out of the quadratic zone', () => {
    // LSE at the true law equals log L exactly, so residuals here sit inside delta.
    const exact = [1e8, 3e9].map((N) => ({ N, D: 20 * N, loss: predictLoss(N, 20 * N, TRUTH) }));
    const near = [Math.log(400), Math.log(410), Math.log(1.7), 0.34, 0.28].map((v) => v + 1e-5);
    expect(gradCheck(huberLseObjective(exact), near, 1e-7)).toBeLessThan(1e-5);
    for (const theta of [[6, 6.5, 0.5, 0.35, 0.3], [0, 25, -1, 2, 0], [20, 3, 1, 0.5, 1.5]]) {
      expect(gradCheck(huberLseObjective(points), theta)).toBeLessThan(1e-6);
    }
  });

  it('stays finite where unshifted exponentials would overflow', () => {
    const r = huberLseObjective(points)(Float64Array.of(800, 0, 0, -1, 0));
    expect(Number.isFinite(r.value)).toBe(true);
    r.grad.forEach((g) => expect(Number.isFinite(g)).toBe(true));
  });
});

describe('fitParametricLoss', () => {
  it("uses the paper's 4,500-point initialisation grid by default", () => {
    expect(PAPER_GRID.alpha).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(PAPER_GRID.e).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(PAPER_GRID.a).toEqual([0, 5, 10, 15, 20, 25]);
    const fit = fitParametricLoss(gridPoints(TRUTH, 0, 1), { grid: COARSE_GRID });
    expect(fit.starts).toBe(32);
  });

  it('recovers the exact law from noise-free points', () => {
    const fit = fitParametricLoss(gridPoints(TRUTH, 0, 1), { grid: COARSE_GRID });
    expect(fit.alpha).toBeCloseTo(TRUTH.alpha, 4);
    expect(fit.beta).toBeCloseTo(TRUTH.beta, 4);
    expect(rel(fit.E, TRUTH.E)).toBeLessThan(1e-4);
    expect(rel(fit.A, TRUTH.A)).toBeLessThan(1e-2);
    expect(fit.objective).toBeLessThan(1e-12);
  });

  it('recovers alpha and beta within 5% from noisy points with the full grid', () => {
    const fit = fitParametricLoss(gridPoints(TRUTH, 0.005, 7));
    expect(fit.starts).toBe(4500);
    expect(rel(fit.alpha, TRUTH.alpha)).toBeLessThan(0.05);
    expect(rel(fit.beta, TRUTH.beta)).toBeLessThan(0.05);
    expect(rel(frontierExponents(fit).a, frontierExponents(TRUTH).a)).toBeLessThan(0.05);
    // The fit's objective can only be at or below the truth's.
    const atTruth = huberLseObjective(gridPoints(TRUTH, 0.005, 7))(
      Float64Array.of(Math.log(TRUTH.A), Math.log(TRUTH.B), Math.log(TRUTH.E), TRUTH.alpha, TRUTH.beta));
    expect(fit.objective).toBeLessThanOrEqual(atTruth.value);
  });

  it('is deterministic', () => {
    const pts = gridPoints(TRUTH, 0.01, 3);
    expect(fitParametricLoss(pts, { grid: COARSE_GRID })).toEqual(fitParametricLoss(pts, { grid: COARSE_GRID }));
  });

  it('accepts explicit starts and rejects too few points', () => {
    const start = [Math.log(400), Math.log(410), Math.log(1.7), 0.34, 0.28];
    expect(fitParametricLoss(gridPoints(TRUTH, 0, 1), { starts: [start] }).starts).toBe(1);
    expect(() => fitParametricLoss(gridPoints(TRUTH, 0, 1).slice(0, 4))).toThrow(RangeError);
  });
});

describe('computeOptimal', () => {
  it("gives 40.4B parameters and 58.9 tokens per parameter at Gopher's budget (TeX values)", () => {
    const opt = computeOptimal(5.76e23, CHINCHILLA_TEX);
    expect(rel(opt.N, 40.4e9)).toBeLessThan(0.02);
    expect(opt.D / opt.N).toBeCloseTo(58.9, 1);
  });

  it('spends exactly C = 6ND and minimises the law along that constraint', () => {
    for (const C of [1e18, 5.76e23, 1e27]) {
      const { N, D } = computeOptimal(C, CHINCHILLA_TEX);
      expect(rel(6 * N * D, C)).toBeLessThan(1e-12);
      const at = (n: number): number => predictLoss(n, C / (6 * n), CHINCHILLA_TEX);
      expect(at(N)).toBeLessThan(at(N * 1.05));
      expect(at(N)).toBeLessThan(at(N / 1.05));
    }
  });
});
