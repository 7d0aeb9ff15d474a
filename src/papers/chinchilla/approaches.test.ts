import { describe, expect, it } from 'vitest';
import { polyval } from '../../core/optim/polyfit';
import { Rng } from '../../core/rng';
import { COARSE_GRID, frontierExponents, predictLoss, type LossLaw } from './fit';
import { approach1, approach2, approach3, fitFrontier, type SweepRun } from './approaches';

const TRUTH: LossLaw = { E: 1.7, A: 400, B: 410, alpha: 0.34, beta: 0.28 };
const { a: TRUE_A, b: TRUE_B } = frontierExponents(TRUTH); // 0.4516, 0.5484

/**
 * An IsoFLOP sweep drawn from a known law: at each budget, 7 sizes a quarter-decade
 * apart centred on a 20-tokens-per-parameter guess (not the truth, as in a real
 * sweep), each with a loss curve L(N, tokens) along its training and lognormal noise.
 */
function sweep(budgets: number[], noise: number, seed: number): SweepRun[] {
  const rng = new Rng(seed);
  const runs: SweepRun[] = [];
  for (const C of budgets) {
    const guess = Math.sqrt(C / 120);
    for (let k = -3; k <= 3; k++) {
      const N = guess * 10 ** (k / 4), D = C / (6 * N);
      const curve = Array.from({ length: 40 }, (_, j) => {
        const tokens = D * 2 ** (-6 + (6 * j) / 39);
        return { tokens, flops: 6 * N * tokens, loss: predictLoss(N, tokens, TRUTH) * Math.exp(noise * rng.normal()) };
      });
      runs.push({ N, C, D, finalLoss: curve[39].loss, curve });
    }
  }
  return runs;
}

const BUDGETS = [1e17, 3.16e17, 1e18, 3.16e18, 1e19, 3.16e19, 1e20];

describe('fitFrontier', () => {
  it('recovers an exact power law and needs two budgets', () => {
    const pts = [1e18, 1e19, 1e20].map((C) => ({ C, N: 2 * C ** 0.45, D: C / (12 * C ** 0.45) }));
    const fit = fitFrontier(pts);
    expect(fit.a).toBeCloseTo(0.45, 10);
    expect(fit.b).toBeCloseTo(0.55, 10);
    expect(fit.logCoefN).toBeCloseTo(Math.log(2), 8);
    expect(Number.isNaN(fitFrontier(pts.slice(0, 1)).a)).toBe(true);
  });
});

describe('approach 1 (training-curve envelope)', () => {
  it('recovers a and b from noise-free curves', () => {
    const r = approach1(sweep(BUDGETS, 0, 1));
    expect(Math.abs(r.a - TRUE_A)).toBeLessThan(0.03);
    expect(Math.abs(r.b - TRUE_B)).toBeLessThan(0.03);
    expect(r.a + r.b).toBeCloseTo(1, 6);
    expect(r.envelope).toHaveLength(1500);
  });

  it('recovers a within a band from noisy curves, and flags censored winners', () => {
    const runs = sweep(BUDGETS, 0.003, 2);
    const r = approach1(runs);
    expect(Math.abs(r.a - TRUE_A)).toBeLessThan(0.05);
    const sizes = runs.map((x) => x.N);
    for (const p of r.envelope) {
      expect(p.censored).toBe(p.N === Math.min(...sizes) || p.N === Math.max(...sizes));
      expect(p.N).toBe(runs[p.run].N);
    }
    expect(r.fitted).toBe(r.envelope.filter((p) => !p.censored).length);
  });

  it('only lets a run compete up to its own final FLOPs', () => {
    const runs = sweep(BUDGETS, 0, 1);
    for (const p of approach1(runs, { points: 200 }).envelope) {
      expect(p.C).toBeLessThanOrEqual(runs[p.run].C * (1 + 1e-12));
      expect(p.D / (p.C / (6 * p.N))).toBeCloseTo(1, 10);
    }
  });
});

describe('approach 2 (IsoFLOP parabolas)', () => {
  it('fits an exact parabola exactly', () => {
    const c = [4.2, -0.368, 0.01]; // vertex at ln N = 18.4, inside ln 1e7 .. ln 1e9
    const runs: SweepRun[] = [1e7, 3e7, 1e8, 3e8, 1e9].map((N) => ({
      N, C: 1e19, D: 1e19 / (6 * N), finalLoss: polyval(c, Math.log(N)), curve: [],
    }));
    const [p] = approach2(runs).profiles;
    p.coeffs.forEach((v, i) => expect(v).toBeCloseTo(c[i], 8));
    expect(Math.log(p.N)).toBeCloseTo(18.4, 8);
    expect(p.loss).toBeCloseTo(polyval(c, 18.4), 10);
    expect(p.outsideRange || p.opensDown || p.tooFewSizes).toBe(false);
  });

  it('recovers a and b within a band, one profile per budget', () => {
    const r = approach2(sweep(BUDGETS, 0.003, 3));
    expect(r.profiles).toHaveLength(BUDGETS.length);
    expect(Math.abs(r.a - TRUE_A)).toBeLessThan(0.05);
    expect(Math.abs(r.b - TRUE_B)).toBeLessThan(0.05);
  });

  it('flags profiles that open downward, extrapolate, or have too few sizes', () => {
    const mk = (C: number, Ns: number[], loss: (x: number) => number): SweepRun[] =>
      Ns.map((N) => ({ N, C, D: C / (6 * N), finalLoss: loss(Math.log(N)), curve: [] }));
    const runs = [
      ...mk(1e18, [1e7, 1e8, 1e9], (x) => 5 - 0.01 * (x - 18) ** 2),
      ...mk(1e19, [1e7, 1e8, 1e9], (x) => 3 + 0.01 * (x - 25) ** 2),
      ...mk(1e20, [1e8, 1e9], (x) => 3 + x),
    ];
    const r = approach2(runs);
    expect(r.profiles.map((p) => [p.opensDown, p.outsideRange, p.tooFewSizes])).toEqual([
      [true, false, false], [false, true, false], [false, false, true],
    ]);
    expect(Number.isNaN(r.a)).toBe(true);
  });

  it('groups runs whose budgets differ by under 5%', () => {
    const runs = sweep([1e18], 0, 1).map((r, i) => ({ ...r, C: r.C * (1 + 0.008 * i) }));
    expect(approach2(runs).profiles).toHaveLength(1);
    const split = sweep([1e18], 0, 1).map((r, i) => ({ ...r, C: r.C * (1 + 0.012 * i) }));
    expect(approach2(split).profiles.map((p) => p.runs.length)).toEqual([5, 2]);
  });
});

describe('approach 3 (parametric fit)', () => {
  it('recovers a and b from final losses', () => {
    const r = approach3(sweep(BUDGETS, 0.003, 4), { grid: COARSE_GRID });
    expect(Math.abs(r.a - TRUE_A)).toBeLessThan(0.03);
    expect(Math.abs(r.b - TRUE_B)).toBeLessThan(0.03);
    // The intercepts reproduce computeOptimal's frontier.
    const C = 1e19, N = Math.exp(r.a * Math.log(C) + r.logCoefN), D = Math.exp(r.b * Math.log(C) + r.logCoefD);
    expect(6 * N * D).toBeCloseTo(C, -10);
  });
});
