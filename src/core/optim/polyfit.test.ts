import { describe, expect, it } from 'vitest';
import { fitLine, polyfit, polyval } from './polyfit';

describe('polyfit', () => {
  it('recovers an exact parabola at log-FLOP-like x (ill-conditioned if not centred)', () => {
    const c = [1234.5, -98.7, 1.25];
    const xs = [40, 41.5, 43, 44.5, 46, 47.5];
    const ys = xs.map((x) => polyval(c, x));
    const fit = polyfit(xs, ys, 2);
    // The vertex is what Approach 2 uses; check it and the values, not raw c0.
    expect(-fit[1] / (2 * fit[2])).toBeCloseTo(-c[1] / (2 * c[2]), 9);
    xs.forEach((x, i) => expect(polyval(fit, x)).toBeCloseTo(ys[i], 8));
  });

  it('fits a line exactly and averages symmetric noise away', () => {
    expect(fitLine([1, 2, 3], [5, 7, 9])).toEqual({ slope: expect.closeTo(2, 12), intercept: expect.closeTo(3, 12) });
    const noisy = fitLine([0, 0, 1, 1], [0, 2, 1, 3]);
    expect(noisy.slope).toBeCloseTo(1, 12);
    expect(noisy.intercept).toBeCloseTo(1, 12);
  });

  it('honours weights and rejects underdetermined fits', () => {
    const w = polyfit([0, 1, 1], [0, 0, 10], 0, [1, 1, 2]);
    expect(w[0]).toBeCloseTo(5, 12);
    expect(() => polyfit([1, 1, 1], [1, 2, 3], 1)).toThrow(RangeError);
  });
});
