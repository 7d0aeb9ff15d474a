import { describe, expect, it } from 'vitest';
import { leakageGain } from './claims';
import type { LeakagePoint } from './experiment';

describe('leakage gain', () => {
  const pts: LeakagePoint[] = [
    { alpha: 0, base: null, on: null, chunks: 0, share: 0 },
    { alpha: 0.125, base: 3, on: 2.9, chunks: 5, share: 0.1 },
    { alpha: 0.25, base: 2.8, on: 2.6, chunks: 20, share: 0.4 },
    { alpha: 1, base: 2.5, on: 2, chunks: 50, share: 1 },
  ];
  it('reads bpc(α) at the largest grid point not above α and subtracts RETRO from the baseline', () => {
    expect(leakageGain(pts, 0.2).gain).toBeCloseTo(0.1);
    expect(leakageGain(pts, 0.2).share).toBe(0.1);
    expect(leakageGain(pts, 1).gain).toBeCloseTo(0.5);
    expect(leakageGain(pts, 0).gain).toBeNull();
  });
});
