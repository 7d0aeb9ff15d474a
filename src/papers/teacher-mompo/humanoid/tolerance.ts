/**
 * A smooth "is x within bounds" reward in [0, 1], shaped like the DeepMind
 * Control Suite's `rewards.tolerance`: 1 inside [lower, upper], and outside it
 * a sigmoid of the distance d to the nearest bound measured in units of
 * `margin`, scaled so that the value at d = 1 (one margin away) is
 * `valueAtMargin`. With margin 0 it is the indicator of the bounds.
 */

export type Sigmoid =
  | 'gaussian'
  | 'hyperbolic'
  | 'long_tail'
  | 'reciprocal'
  | 'cosine'
  | 'linear'
  | 'quadratic'
  | 'tanh_squared';

/** The suite's default value one margin outside the bounds. */
export const DEFAULT_VALUE_AT_MARGIN = 0.1;

/** Sigmoids with a finite support may reach exactly 0 at the margin; the others only approach it. */
const FINITE_SUPPORT: ReadonlySet<Sigmoid> = new Set<Sigmoid>(['cosine', 'linear', 'quadratic']);

/**
 * The sigmoid at distance d ≥ 0 (in margins), equal to 1 at d = 0 and to
 * `v` at d = 1.
 */
export function sigmoidAt(d: number, v: number, kind: Sigmoid): number {
  const finite = FINITE_SUPPORT.has(kind);
  if (!(finite ? v >= 0 && v < 1 : v > 0 && v < 1)) {
    throw new RangeError(`tolerance: value at margin must be in ${finite ? '[0, 1)' : '(0, 1)'} for '${kind}', got ${v}`);
  }
  switch (kind) {
    case 'gaussian': {
      const s = Math.sqrt(-2 * Math.log(v));
      return Math.exp(-0.5 * (d * s) ** 2);
    }
    case 'hyperbolic':
      return 1 / Math.cosh(d * Math.acosh(1 / v));
    case 'long_tail': {
      const s = Math.sqrt(1 / v - 1);
      return 1 / ((d * s) ** 2 + 1);
    }
    case 'reciprocal':
      return 1 / (Math.abs(d) * (1 / v - 1) + 1);
    case 'cosine': {
      const x = (d * Math.acos(2 * v - 1)) / Math.PI;
      return Math.abs(x) < 1 ? (1 + Math.cos(Math.PI * x)) / 2 : 0;
    }
    case 'linear': {
      const x = d * (1 - v);
      return Math.abs(x) < 1 ? 1 - x : 0;
    }
    case 'quadratic': {
      const x = d * Math.sqrt(1 - v);
      return Math.abs(x) < 1 ? 1 - x * x : 0;
    }
    case 'tanh_squared':
      return 1 - Math.tanh(d * Math.atanh(Math.sqrt(1 - v))) ** 2;
  }
}

/** 1 when lower ≤ x ≤ upper, else the sigmoid of the distance to the bounds in margins. */
export function tolerance(
  x: number,
  bounds: readonly [number, number] = [0, 0],
  margin = 0,
  sigmoid: Sigmoid = 'gaussian',
  valueAtMargin = DEFAULT_VALUE_AT_MARGIN,
): number {
  const [lower, upper] = bounds;
  if (lower > upper) throw new RangeError(`tolerance: lower bound ${lower} exceeds upper bound ${upper}`);
  if (!(margin >= 0)) throw new RangeError(`tolerance: margin must be non-negative, got ${margin}`);
  if (x >= lower && x <= upper) return 1;
  if (margin === 0) return 0;
  const d = (x < lower ? lower - x : x - upper) / margin;
  return sigmoidAt(d, valueAtMargin, sigmoid);
}
