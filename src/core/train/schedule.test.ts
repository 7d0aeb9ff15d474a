import { describe, expect, it } from 'vitest';
import { learningRate, scheduleForBudget, stepsForBudget } from './schedule';

describe('cosine schedule', () => {
  // 101 steps of 8 x 16 tokens; the budget's remainder (100 tokens) is not a whole step.
  const s = scheduleForBudget(1e-3, 10, 101 * 8 * 16 + 100, 8, 16);

  it('sets the cycle length from the token budget', () => {
    expect(stepsForBudget(101 * 128 + 100, 8, 16)).toBe(101);
    expect(s.totalSteps).toBe(101);
    expect(stepsForBudget(5, 8, 16)).toBe(1);
  });

  it('warms up linearly to the peak', () => {
    expect(learningRate(0, s)).toBeCloseTo(1e-4, 12);
    expect(learningRate(4, s)).toBeCloseTo(5e-4, 12);
    expect(learningRate(9, s)).toBeCloseTo(1e-3, 12);
    expect(learningRate(10, s)).toBeCloseTo(1e-3, 12);
  });

  it('decays by cosine to lr/10 exactly at the last step', () => {
    // 90 decay steps: half way (step 55) is the mean of peak and floor.
    expect(learningRate(55, s)).toBeCloseTo((1e-3 + 1e-4) / 2, 12);
    expect(learningRate(100, s)).toBeCloseTo(1e-4, 12);
    expect(learningRate(500, s)).toBeCloseTo(1e-4, 12);
    for (let k = 11; k <= 100; k++) expect(learningRate(k, s)).toBeLessThan(learningRate(k - 1, s));
  });
});
