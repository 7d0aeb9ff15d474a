import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng';
import { approach2, approach3, type SweepRun } from './approaches';
import { bootstrap, percentile } from './bootstrap';
import { COARSE_GRID, gridStarts, predictLoss, thetaOf, type LossLaw } from './fit';

const TRUTH: LossLaw = { E: 1.7, A: 400, B: 410, alpha: 0.34, beta: 0.28 };

/** IsoFLOP runs (final losses only) at 6 budgets x 7 sizes, with lognormal noise. */
function isoFlopRuns(noise: number, seed: number): SweepRun[] {
  const rng = new Rng(seed);
  const runs: SweepRun[] = [];
  for (const C of [1e17, 1e18, 1e19, 1e20, 1e21, 1e22]) {
    for (let k = -3; k <= 3; k++) {
      const N = Math.sqrt(C / 120) * 10 ** (k / 4), D = C / (6 * N);
      runs.push({ N, C, D, finalLoss: predictLoss(N, D, TRUTH) * Math.exp(noise * rng.normal()), curve: [] });
    }
  }
  return runs;
}

describe('percentile', () => {
  it("interpolates linearly between order statistics, like numpy's default", () => {
    expect(percentile([1, 2, 3, 4], 10)).toBeCloseTo(1.3, 12);
    expect(percentile([1, 2, 3, 4], 90)).toBeCloseTo(3.7, 12);
    expect(percentile([5], 10)).toBe(5);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });
});

describe('bootstrap', () => {
  const runs = isoFlopRuns(0.01, 11);

  it('refits on distinct 80% subsamples, in input order', () => {
    const seen: number[][] = [];
    bootstrap(runs, (subset) => {
      seen.push(subset.map((r) => runs.indexOf(r)));
      return { a: 0.5, b: 0.5 };
    }, { rng: new Rng(1), resamples: 5 });
    expect(seen).toHaveLength(5);
    for (const idx of seen) {
      expect(idx).toHaveLength(Math.round(0.8 * runs.length));
      expect(new Set(idx).size).toBe(idx.length);
      expect([...idx].sort((x, y) => x - y)).toEqual(idx);
    }
    expect(seen[0]).not.toEqual(seen[1]);
  });

  it('is deterministic per seed and differs across seeds', () => {
    const run = (seed: number) => bootstrap(runs, approach2, { rng: new Rng(seed), resamples: 30 });
    expect(run(5)).toEqual(run(5));
    expect(run(5).samples).not.toEqual(run(6).samples);
  });

  it("brackets Approach 2's point estimate with its 10th-90th percentile interval", () => {
    const point = approach2(runs);
    const r = bootstrap(runs, approach2, { rng: new Rng(2) });
    expect(r.failed).toBe(0);
    expect(r.samples).toHaveLength(100);
    expect(r.a[0]).toBeLessThanOrEqual(point.a);
    expect(r.a[1]).toBeGreaterThanOrEqual(point.a);
    expect(r.b[0]).toBeLessThanOrEqual(point.b);
    expect(r.b[1]).toBeGreaterThanOrEqual(point.b);
    expect(r.a[1] - r.a[0]).toBeGreaterThan(0);
  });

  it('brackets Approach 3 with warm-started coarse refits', () => {
    const full = approach3(runs, { grid: COARSE_GRID });
    const starts = [thetaOf(full.law), ...gridStarts(COARSE_GRID)];
    const r = bootstrap(runs, (s) => approach3(s, { starts }), { rng: new Rng(3), resamples: 30 });
    expect(r.a[0]).toBeLessThanOrEqual(full.a);
    expect(r.a[1]).toBeGreaterThanOrEqual(full.a);
    expect(r.a[0] + r.b[1]).toBeCloseTo(1, 8);
  });

  it('counts refits that throw or return non-finite exponents as failures', () => {
    let calls = 0;
    const r = bootstrap(runs, () => {
      calls++;
      if (calls % 3 === 0) throw new Error('too few budgets');
      return calls % 3 === 1 ? { a: NaN, b: NaN } : { a: 0.5, b: 0.5 };
    }, { rng: new Rng(4), resamples: 9 });
    expect(r.failed).toBe(6);
    expect(r.samples).toHaveLength(3);
    expect(r.a).toEqual([0.5, 0.5]);
  });

  it('rejects a fraction outside (0, 1]', () => {
    expect(() => bootstrap(runs, approach2, { rng: new Rng(1), fraction: 0 })).toThrow(RangeError);
  });
});
