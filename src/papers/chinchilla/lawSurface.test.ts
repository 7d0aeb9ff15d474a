import { describe, expect, it } from 'vitest';
import { predictLoss } from './fit';
import { CHINCHILLA_TEX } from './laws';
import { frontier, isoFlopLine, lawSurface } from './lawSurface';

describe('lawSurface', () => {
  it('evaluates the law on the grid corners', () => {
    const s = lawSurface(CHINCHILLA_TEX, [1e8, 1e12], [1e9, 1e13], 5);
    expect(s.log10N).toEqual([8, 9, 10, 11, 12]);
    expect(s.loss[0][0]).toBeCloseTo(predictLoss(1e8, 1e9, CHINCHILLA_TEX), 10);
    expect(s.loss[4][2]).toBeCloseTo(predictLoss(1e10, 1e13, CHINCHILLA_TEX), 10);
  });
  it('puts the frontier on C = 6ND and at the minimum loss along each IsoFLOP line', () => {
    for (const p of frontier(CHINCHILLA_TEX, 1e20, 1e24, 5)) {
      expect(6 * p.N * p.D).toBeCloseTo(p.C, -Math.log10(p.C) + 6);
      const at = (N: number) => predictLoss(N, p.C / (6 * N), CHINCHILLA_TEX);
      expect(at(p.N)).toBeLessThan(at(p.N * 1.2));
      expect(at(p.N)).toBeLessThan(at(p.N / 1.2));
    }
  });
  it('draws IsoFLOP lines with slope -1 in log-log', () => {
    const l = isoFlopLine(6e20, [1e8, 1e10]);
    expect(l.log10D[0] - l.log10D[1]).toBeCloseTo(2, 10);
    expect(l.log10N[0] + l.log10D[0]).toBeCloseTo(20, 10);
  });
});
