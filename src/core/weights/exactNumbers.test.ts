import { describe, expect, it } from 'vitest';
import { numbersFromWeight, numbersToWeight } from './exactNumbers';

describe('numbers carried in weights', () => {
  it('come back bit for bit, which float32 data alone cannot do', () => {
    const values = [0.1, Math.PI * Math.exp(-0.00123 * 400), -0, 1e-310, 2 ** 53 + 2, -Infinity];
    const w = numbersToWeight(values);
    expect(w.shape).toEqual([6, 4]);
    expect(numbersFromWeight(w, 6)).toEqual(values);
    expect(numbersFromWeight(w)).toEqual(values);
    expect(Math.fround(values[1])).not.toBe(values[1]);
  });

  it('refuse a tensor of another size or with values that are not 16-bit pieces', () => {
    const w = numbersToWeight([1, 2]);
    expect(numbersFromWeight(w, 3)).toBeNull();
    expect(numbersFromWeight(undefined, 2)).toBeNull();
    expect(numbersFromWeight({ shape: [6], data: new Float32Array(6) })).toBeNull();
    expect(numbersFromWeight({ shape: [1, 4], data: Float32Array.of(0.5, 0, 0, 0) }, 1)).toBeNull();
  });
});
