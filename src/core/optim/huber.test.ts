import { describe, expect, it } from 'vitest';
import { huber, huberGrad } from './huber';
import { numericGrad } from './numericGrad';

describe('huber', () => {
  it('is quadratic inside delta, linear outside, continuous at the joint', () => {
    expect(huber(0.5e-3, 1e-3)).toBeCloseTo(0.125e-6, 18);
    expect(huber(-3e-3, 1e-3)).toBeCloseTo(1e-3 * (3e-3 - 0.5e-3), 18);
    expect(huber(1e-3 + 1e-15, 1e-3)).toBeCloseTo(huber(1e-3, 1e-3), 17);
  });

  it('has the derivative r inside and +-delta outside', () => {
    for (const r of [-0.2, -2e-3, -5e-4, 0, 3e-4, 4e-3, 1.5]) {
      const num = numericGrad((x) => huber(x[0], 1e-3), [r], 1e-9)[0];
      expect(huberGrad(r, 1e-3)).toBeCloseTo(num, 9);
    }
  });
});
