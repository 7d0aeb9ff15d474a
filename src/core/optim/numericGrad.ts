/**
 * Central-difference gradients, for checking analytic gradients in tests.
 * Error is O(h^2) in the step, plus rounding of order eps * |f| / h; the
 * default relative step h = 1e-6 balances the two for smooth f.
 */
import type { Objective } from './lineSearch';

export function numericGrad(
  f: (x: Float64Array) => number,
  x: ArrayLike<number>,
  h = 1e-6,
): Float64Array {
  const xs = Float64Array.from(x);
  const g = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const xi = xs[i];
    // Relative step, so parameters of very different magnitude are probed alike.
    const step = h * Math.max(1, Math.abs(xi));
    xs[i] = xi + step;
    const up = f(xs);
    xs[i] = xi - step;
    const down = f(xs);
    xs[i] = xi;
    g[i] = (up - down) / (2 * step);
  }
  return g;
}

/**
 * Largest discrepancy between the analytic and the numeric gradient at x,
 * relative to the larger of the two gradient norms (or 1, near a stationary point).
 */
export function gradCheck(f: Objective, x: ArrayLike<number>, h = 1e-6): number {
  const analytic = f(Float64Array.from(x)).grad;
  const numeric = numericGrad((z) => f(z).value, x, h);
  let worst = 0, scale = 1;
  for (let i = 0; i < analytic.length; i++) {
    scale = Math.max(scale, Math.abs(analytic[i]), Math.abs(numeric[i]));
  }
  for (let i = 0; i < analytic.length; i++) {
    worst = Math.max(worst, Math.abs(analytic[i] - numeric[i]));
  }
  return worst / scale;
}
