import { describe, expect, it } from 'vitest';
import { formatCount, formatFlops, percentDiff } from './format';

describe('format', () => {
  it('writes counts with unit suffixes', () => {
    expect(formatCount(40.4e9)).toBe('40.4B');
    expect(formatCount(1.4e12)).toBe('1.4T');
    expect(formatCount(216.2e12)).toBe('216T');
    expect(formatCount(29_824)).toBe('29.8k');
    expect(formatCount(5.76e23)).toBe('5.76e23');
    expect(formatCount(12)).toBe('12');
  });
  it('writes FLOPs and differences', () => {
    expect(formatFlops(5.76e23)).toBe('5.76e23');
    expect(percentDiff(101, 100)).toBe('+1.0%');
    expect(percentDiff(97, 100)).toBe('-3.0%');
  });
});
