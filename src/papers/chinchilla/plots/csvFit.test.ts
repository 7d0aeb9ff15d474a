import { describe, expect, it } from 'vitest';
import { computeOptimal, predictLoss, type LossPoint } from '../fit';
import { csvFrontierFigure } from './csvFrontier';
import { csvResidualsFigure } from './csvResiduals';
import { TEST_LAW } from './testRecording';

const points: LossPoint[] = [
  { N: 1e6, D: 1e8, loss: 3 },
  { N: 1e7, D: 1e9, loss: 2.5 },
  { N: 1e8, D: 1e10, loss: 2 },
];

describe('the CSV fit charts', () => {
  it('residuals: observed against fitted for each point, and the diagonal across their range', () => {
    const { data } = csvResidualsFigure(points, TEST_LAW);
    const fitted = points.map((p) => predictLoss(p.N, p.D, TEST_LAW));
    expect(data[0]).toMatchObject({ x: [3, 2.5, 2], y: fitted });
    const lo = Math.min(2, ...fitted), hi = Math.max(3, ...fitted);
    expect(data[1]).toMatchObject({ x: [lo, hi], y: [lo, hi] });
  });

  it('frontier: the runs in (N, D) and the fitted optimum from their smallest to their largest compute', () => {
    const { data } = csvFrontierFigure(points, TEST_LAW);
    expect(data[0]).toMatchObject({ x: [1e6, 1e7, 1e8], y: [1e8, 1e9, 1e10] });
    const line = data[1];
    const xs = 'x' in line && Array.isArray(line.x) ? line.x : [];
    expect(xs).toHaveLength(30);
    expect(xs[0]).toBeCloseTo(computeOptimal(6e14, TEST_LAW).N, 6);
    expect(xs[29]).toBeCloseTo(computeOptimal(6e18, TEST_LAW).N, 0);
  });
});
