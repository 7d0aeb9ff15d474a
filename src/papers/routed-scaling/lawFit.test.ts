import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng';
import { lawLoss, TABLE3, type LawCoefficients } from './law';
import { fitLaw, fitLawFixedSaturation, lawFitProblem, type LawPoint } from './lawFit';

const grid = (k: LawCoefficients, noise = 0, rng = new Rng(1)): LawPoint[] => {
  const pts: LawPoint[] = [];
  for (const N of [1e6, 1e7, 1e8, 1e9, 1e10]) for (const E of [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]) pts.push({ N, E, loss: lawLoss(k, N, E) * Math.exp(rng.normal(0, noise)) });
  return pts;
};

describe('fitLaw', () => {
  it('recovers every Table 3 row from noise-free points on the paper-sized grid', () => {
    for (const k of Object.values(TABLE3)) {
      const fit = fitLaw(grid(k));
      expect(fit.a).toBeCloseTo(k.a, 3);
      expect(fit.b).toBeCloseTo(k.b, 3);
      expect(fit.c).toBeCloseTo(k.c, 3);
      expect(fit.d).toBeCloseTo(k.d, 3);
      expect(Math.abs(fit.eStart / k.eStart - 1)).toBeLessThan(0.05);
      expect(Math.abs(fit.eMax / k.eMax - 1)).toBeLessThan(0.1);
      expect(fit.rmse).toBeLessThan(1e-5);
    }
  });

  it('recovers coefficients unlike any starting point, and stays close under 0.5% noise', () => {
    const k: LawCoefficients = { a: -0.05, b: -0.2, c: 0.02, d: 0.9, eStart: 3, eMax: 60 };
    const exact = fitLaw(grid(k));
    expect(exact.a).toBeCloseTo(k.a, 3);
    expect(exact.b).toBeCloseTo(k.b, 3);
    expect(exact.c).toBeCloseTo(k.c, 3);
    expect(Math.abs(exact.eMax / k.eMax - 1)).toBeLessThan(0.1);
    const noisy = fitLaw(grid(k, 0.005));
    expect(Math.abs(noisy.a - k.a)).toBeLessThan(0.01);
    expect(Math.abs(noisy.c - k.c)).toBeLessThan(0.01);
  });

  it('fits a browser-sized sweep (2 sizes, E up to 16) and reports its prior', () => {
    const pts = grid(TABLE3.hash).filter((p) => p.N <= 1e7 && p.E <= 16);
    const prior = { eStart: TABLE3.hash.eStart, eMax: TABLE3.hash.eMax, weight: 1e-4 };
    const fit = fitLaw(pts, prior);
    expect(fit.prior).toEqual(prior);
    expect(fit.rmse).toBeLessThan(1e-3);
    for (const p of pts) expect(Math.abs(Math.log10(lawLoss(fit, p.N, p.E) / p.loss))).toBeLessThan(2e-3);
  });

  it('explains what is missing instead of fitting too few points or bad values', () => {
    expect(lawFitProblem([{ N: 1e6, E: 1, loss: 3 }, { N: 1e6, E: 2, loss: 2.9 }, { N: 1e6, E: 4, loss: 2.8 }])).toMatch(/2 dense sizes/);
    expect(lawFitProblem([{ N: 1e6, E: 1, loss: 3 }, { N: 1e7, E: 2, loss: 2.9 }])).toMatch(/3 expert counts/);
    expect(lawFitProblem([{ N: 1e6, E: 1, loss: Number.NaN }])).toMatch(/positive finite/);
    expect(() => fitLaw([{ N: 1e6, E: 1, loss: 3 }])).toThrow(RangeError);
  });

  it('with the saturation held, fits a-d exactly from 2 sizes x 2 expert counts', () => {
    const k = TABLE3.sbase;
    const pts = grid(k).filter((p) => (p.N === 1e6 || p.N === 1e7) && p.E <= 2);
    expect(pts).toHaveLength(4);
    const fit = fitLawFixedSaturation(pts, k.eStart, k.eMax);
    expect(fit.mode).toBe('fixed-saturation');
    expect(fit.a).toBeCloseTo(k.a, 6);
    expect(fit.b).toBeCloseTo(k.b, 6);
    expect(fit.c).toBeCloseTo(k.c, 6);
    expect(fit.d).toBeCloseTo(k.d, 6);
    expect(() => fitLawFixedSaturation(pts.filter((p) => p.E === 1), k.eStart, k.eMax)).toThrow(/2 expert counts/);
  });
});
