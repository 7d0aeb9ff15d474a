import { describe, expect, it } from 'vitest';
import { lbfgs } from './lbfgs';
import type { ValueAndGrad } from './lineSearch';
import { gradCheck } from './numericGrad';

/** Chained Rosenbrock: sum_i 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2, minimum at all ones. */
function rosenbrock(x: Float64Array): ValueAndGrad {
  const grad = new Float64Array(x.length);
  let value = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const t = x[i + 1] - x[i] * x[i], u = 1 - x[i];
    value += 100 * t * t + u * u;
    grad[i] += -400 * t * x[i] - 2 * u;
    grad[i + 1] += 200 * t;
  }
  return { value, grad };
}

function maxErrorFromOnes(x: Float64Array): number {
  return Math.max(...Array.from(x, (v) => Math.abs(v - 1)));
}

describe('lbfgs', () => {
  it('has an analytic Rosenbrock gradient that matches central differences', () => {
    expect(gradCheck(rosenbrock, [-1.2, 1, 0.3, 2])).toBeLessThan(1e-7);
  });

  it('minimises 2-D Rosenbrock from (-1.2, 1)', () => {
    const r = lbfgs(rosenbrock, [-1.2, 1], { gtol: 1e-10 });
    expect(r.converged).toBe(true);
    expect(maxErrorFromOnes(r.x)).toBeLessThan(1e-5);
    expect(r.iterations).toBeLessThan(100);
  });

  it('minimises 10-D chained Rosenbrock from (-1.2, 1, -1.2, 1, ...)', () => {
    const x0 = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? -1.2 : 1));
    const r = lbfgs(rosenbrock, x0, { gtol: 1e-10 });
    expect(r.converged).toBe(true);
    expect(maxErrorFromOnes(r.x)).toBeLessThan(1e-5);
  });

  it('solves a 6-D convex quadratic (condition number 100) in a few iterations', () => {
    // f = 1/2 x'Hx - b'x with H diagonal (condition number 100); minimiser b / h.
    const h = [1, 3, 10, 30, 60, 100];
    const b = [1, -2, 3, -4, 5, -6];
    const quad = (x: Float64Array): ValueAndGrad => {
      const grad = new Float64Array(x.length);
      let value = 0;
      for (let i = 0; i < x.length; i++) {
        value += 0.5 * h[i] * x[i] * x[i] - b[i] * x[i];
        grad[i] = h[i] * x[i] - b[i];
      }
      return { value, grad };
    };
    const r = lbfgs(quad, new Float64Array(6), { gtol: 1e-10 });
    expect(r.converged).toBe(true);
    expect(r.iterations).toBeLessThanOrEqual(25);
    r.x.forEach((v, i) => expect(v).toBeCloseTo(b[i] / h[i], 7));
    // With a near-exact line search BFGS on a quadratic terminates in about n steps.
    const exact = lbfgs(quad, new Float64Array(6), { gtol: 1e-10, lineSearch: { c2: 0.1 } });
    expect(exact.iterations).toBeLessThanOrEqual(8);
    exact.x.forEach((v, i) => expect(v).toBeCloseTo(b[i] / h[i], 8));
  });

  it('reports maxIter when stopped early, and never returns a worse point than it started from', () => {
    const r = lbfgs(rosenbrock, [-1.2, 1], { maxIter: 3 });
    expect(r.converged).toBe(false);
    expect(r.reason).toBe('maxIter');
    expect(r.value).toBeLessThan(rosenbrock(Float64Array.from([-1.2, 1])).value);
  });

  it('stops with a line-search failure on a non-finite start instead of looping', () => {
    const r = lbfgs(() => ({ value: NaN, grad: new Float64Array(1) }), [0]);
    expect(r.converged).toBe(false);
    expect(r.reason).toBe('lineSearch');
  });

  it('backs off a step that overflows to Infinity', () => {
    // exp(x) - 3x, minimum at log 3; a long first step overflows the exponential.
    const f = (x: Float64Array): ValueAndGrad => ({
      value: Math.exp(x[0]) - 3 * x[0],
      grad: Float64Array.of(Math.exp(x[0]) - 3),
    });
    const r = lbfgs(f, [-800], { gtol: 1e-12 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(Math.log(3), 9);
  });
});
