import { describe, expect, it } from 'vitest';
import { etaSeconds } from './protocol';

describe('etaSeconds', () => {
  it('extrapolates from active time, not wall time', () => {
    expect(etaSeconds({ done: 25, total: 100, activeMs: 10_000 })).toBeCloseTo(30, 9);
  });
  it('has no estimate before progress or after the end', () => {
    expect(etaSeconds(null)).toBeNull();
    expect(etaSeconds({ done: 0, total: 10, activeMs: 500 })).toBeNull();
    expect(etaSeconds({ done: 10, total: 10, activeMs: 500 })).toBeNull();
  });
});
