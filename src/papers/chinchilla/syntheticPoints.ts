/**
 * Example data for "fit your own data": points drawn from a known law with
 * multiplicative noise, on IsoFLOP slices like the paper's Approach 2 budgets.
 * (Epoch's digitised Figure 4 has no licence, so we do not ship it.)
 */
import type { Rng } from '../../core/rng';
import { predictLoss, type LossLaw, type LossPoint } from './fit';

export const APPROACH2_BUDGETS = [6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21];

export function syntheticPoints(law: LossLaw, rng: Rng, noise = 0.01, sizesPerBudget = 8): LossPoint[] {
  const points: LossPoint[] = [];
  for (const C of APPROACH2_BUDGETS) {
    for (let i = 0; i < sizesPerBudget; i++) {
      // Sizes from 1/8x to 8x an illustrative optimum of sqrt(C / 120).
      const N = Math.sqrt(C / 120) * 8 ** ((2 * i) / (sizesPerBudget - 1) - 1);
      const D = C / (6 * N);
      points.push({ N, D, loss: predictLoss(N, D, law) * Math.exp(noise * rng.normal()) });
    }
  }
  return points;
}

export function toCsv(points: readonly LossPoint[]): string {
  return ['N,D,loss', ...points.map((p) => `${p.N.toPrecision(4)},${p.D.toPrecision(4)},${p.loss.toFixed(4)}`)].join('\n');
}
