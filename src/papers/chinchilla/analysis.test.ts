import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng';
import { analyseSweep } from './analysis';
import type { SweepRun } from './approaches';
import { frontierExponents, predictLoss, type LossLaw } from './fit';

const TRUTH: LossLaw = { E: 1.2, A: 60, B: 90, alpha: 0.4, beta: 0.35 };
const { a: TRUE_A } = frontierExponents(TRUTH); // 0.467

/** 4 budgets x 5 sizes a factor 1.68 apart, with curves along training and lognormal noise. */
function sweep(noise: number, seed: number): SweepRun[] {
  const rng = new Rng(seed);
  const runs: SweepRun[] = [];
  for (const C of [5e8, 2e9, 8e9, 3.2e10]) {
    for (let k = -2; k <= 2; k++) {
      const N = Math.sqrt(C / 360) * 1.68 ** k, D = C / (6 * N);
      const curve = Array.from({ length: 16 }, (_, j) => {
        const tokens = D * 20 ** (-1 + j / 15);
        return { tokens, flops: 6 * N * tokens, loss: predictLoss(N, tokens, TRUTH) * Math.exp(noise * rng.normal()) };
      });
      runs.push({ N, C, D, finalLoss: curve[15].loss, curve });
    }
  }
  return runs;
}

describe('analyseSweep', () => {
  const runs = sweep(0.003, 5);
  const result = analyseSweep(runs, { rng: new Rng(1), grid: 'coarse', resamples: 12, envelopePoints: 300 });

  it('estimates a near the truth by Approaches 2 and 3, with bootstrap intervals', () => {
    expect(result.runs).toBe(20);
    for (const o of [result.approach2, result.approach3]) {
      expect(o.error).toBeNull();
      expect(Math.abs(o.result!.a - TRUE_A)).toBeLessThan(0.06);
      expect(o.result!.a + o.result!.b).toBeCloseTo(1, 6);
      const [lo, hi] = o.intervals!.a;
      expect(lo).toBeLessThanOrEqual(hi);
      expect(o.intervals!.samples.length + o.intervals!.failed).toBe(12);
    }
    expect(result.approach1.result!.envelope).toHaveLength(300);
  });

  it('gives one IsoFLOP curve per budget with its parabola and the fitted law', () => {
    expect(result.isoFlops).toHaveLength(4);
    for (const c of result.isoFlops) {
      expect(c.runs).toHaveLength(5);
      expect(c.parabola).toHaveLength(41);
      expect(c.law).toHaveLength(41);
      expect(c.parabola[0].N).toBeCloseTo(c.runs[0].N, 6);
      expect(c.parabola[40].N).toBeCloseTo(c.runs[4].N, 6);
    }
  });

  it('is deterministic per seed', () => {
    const again = analyseSweep(runs, { rng: new Rng(1), grid: 'coarse', resamples: 12, envelopePoints: 300 });
    expect(again).toEqual(result);
  });

  it('skips intervals with 0 resamples and reports, rather than throws, when runs are too few', () => {
    const none = analyseSweep(runs, { rng: new Rng(1), grid: 'coarse', resamples: 0, envelopePoints: 50 });
    expect(none.approach2.intervals).toBeNull();
    expect(none.approach2.error).toBeNull();
    const few = analyseSweep(runs.slice(0, 4), { rng: new Rng(1), grid: 'coarse', resamples: 3 });
    expect(few.approach3.result).toBeNull();
    expect(few.approach3.error).toMatch(/at least 5 points/);
    expect(few.approach2.error).toMatch(/too few usable budgets/);
    expect(few.isoFlops).toHaveLength(1);
    expect(few.isoFlops[0].law).toEqual([]);
  });
});
