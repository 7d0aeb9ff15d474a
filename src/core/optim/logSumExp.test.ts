import { describe, expect, it } from 'vitest';
import { logSumExp, softmax } from './logSumExp';
import { numericGrad } from './numericGrad';

describe('logSumExp', () => {
  it('matches the naive formula where that is safe and survives where it overflows', () => {
    expect(logSumExp([1, 2, 3])).toBeCloseTo(Math.log(Math.E + Math.E ** 2 + Math.E ** 3), 14);
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSumExp([-1000, -1000])).toBeCloseTo(-1000 + Math.LN2, 12);
    expect(logSumExp([])).toBe(-Infinity);
  });

  it('has the softmax as its gradient', () => {
    const v = [0.3, -1.2, 2.5];
    const num = numericGrad(logSumExp, v);
    softmax(v).forEach((p, i) => expect(p).toBeCloseTo(num[i], 8));
  });
});
