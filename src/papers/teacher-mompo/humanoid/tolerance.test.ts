import { describe, expect, it } from 'vitest';
import { sigmoidAt, tolerance } from './tolerance';

describe('tolerance', () => {
  it('is 1 inside the bounds and an indicator when the margin is 0', () => {
    expect(tolerance(0.3, [0, 1], 0.5)).toBe(1);
    expect(tolerance(1, [0, 1])).toBe(1);
    expect(tolerance(1.01, [0, 1])).toBe(0);
    expect(tolerance(5, [1.4, Infinity], 0.35)).toBe(1);
  });

  it('takes the value at margin one margin outside the bounds, for every sigmoid', () => {
    for (const s of ['gaussian', 'hyperbolic', 'long_tail', 'reciprocal', 'cosine', 'linear', 'quadratic', 'tanh_squared'] as const) {
      expect(tolerance(3, [0, 1], 2, s, 0.3)).toBeCloseTo(0.3, 12);
      expect(tolerance(-2, [0, 1], 2, s, 0.3)).toBeCloseTo(0.3, 12);
    }
  });

  it('matches hand-computed values', () => {
    // gaussian, d = 0.5: exp(-0.5 · 0.25 · (−2 ln 0.1)) = 0.1^0.25
    expect(tolerance(0.5, [0, 0], 1)).toBeCloseTo(0.1 ** 0.25, 12);
    // the suite's upright term: linear, bounds [0.9, ∞), margin 1.9, value 0 at margin; x = 0 → 1 − 0.9/1.9
    expect(tolerance(0, [0.9, Infinity], 1.9, 'linear', 0)).toBeCloseTo(1 - 0.9 / 1.9, 12);
    expect(tolerance(-1, [0.9, Infinity], 1.9, 'linear', 0)).toBe(0);
    // small control: quadratic, margin 1, value 0; x = 0.5 → 1 − 0.25
    expect(tolerance(0.5, [0, 0], 1, 'quadratic', 0)).toBeCloseTo(0.75, 12);
    expect(tolerance(-1.5, [0, 0], 1, 'quadratic', 0)).toBe(0);
    // long tail, v = 0.1, d = 2: scale 3 → 1 / (36 + 1)
    expect(tolerance(2, [0, 0], 1, 'long_tail')).toBeCloseTo(1 / 37, 12);
    // reciprocal, v = 0.1, d = 2: 1 / (2 · 9 + 1)
    expect(tolerance(-2, [0, 0], 1, 'reciprocal')).toBeCloseTo(1 / 19, 12);
    // cosine, v = 0.5: scale 1/2; d = 1 → (1 + cos π/2)/2, d = 2 → support ends
    expect(tolerance(1, [0, 0], 1, 'cosine', 0.5)).toBeCloseTo(0.5, 12);
    expect(tolerance(2, [0, 0], 1, 'cosine', 0.5)).toBe(0);
    // the suite's standing term: gaussian, bounds [1.4, ∞), margin 0.35; head at 1.05 → 0.1
    expect(tolerance(1.05, [1.4, Infinity], 0.35)).toBeCloseTo(0.1, 12);
  });

  it('rejects bad arguments with a clear message', () => {
    expect(() => tolerance(0, [1, 0])).toThrow(/lower bound/);
    expect(() => tolerance(0, [0, 0], -1)).toThrow(/margin/);
    expect(() => sigmoidAt(1, 0, 'gaussian')).toThrow(/\(0, 1\)/);
    expect(() => sigmoidAt(1, 1, 'linear')).toThrow(/\[0, 1\)/);
  });
});
