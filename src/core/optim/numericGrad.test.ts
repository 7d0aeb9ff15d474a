import { describe, expect, it } from 'vitest';
import type { ValueAndGrad } from './lineSearch';
import { gradCheck, numericGrad } from './numericGrad';

const f = (x: Float64Array): number => Math.sin(x[0]) * x[1] ** 2 + Math.exp(0.1 * x[2]);

describe('numericGrad', () => {
  it('matches a known gradient to about 1e-9', () => {
    const x = [0.7, -1.3, 20];
    const g = numericGrad(f, x);
    const exact = [Math.cos(0.7) * 1.69, 2 * Math.sin(0.7) * -1.3, 0.1 * Math.exp(2)];
    g.forEach((v, i) => expect(v).toBeCloseTo(exact[i], 8));
  });

  it('leaves its input untouched', () => {
    const x = Float64Array.of(1, 2, 3);
    numericGrad(f, x);
    expect(Array.from(x)).toEqual([1, 2, 3]);
  });
});

describe('gradCheck', () => {
  const withGrad = (scaleFirst: number) => (x: Float64Array): ValueAndGrad => ({
    value: f(x),
    grad: Float64Array.of(scaleFirst * Math.cos(x[0]) * x[1] ** 2, 2 * Math.sin(x[0]) * x[1], 0.1 * Math.exp(0.1 * x[2])),
  });

  it('passes a correct gradient and flags a wrong one', () => {
    expect(gradCheck(withGrad(1), [0.7, -1.3, 20])).toBeLessThan(1e-8);
    expect(gradCheck(withGrad(1.01), [0.7, -1.3, 20])).toBeGreaterThan(1e-3);
  });
});
