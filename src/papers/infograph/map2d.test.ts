import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng';
import { map2d, MIN_UMAP_POINTS } from './map2d';

describe('map2d', () => {
  it('gives one 2-D point per row, from the seed, and keeps two clusters apart', () => {
    const rng = new Rng(1);
    const rows = Array.from({ length: 40 }, (_, i) => Array.from({ length: 6 }, () => rng.normal(i < 20 ? 0 : 8, 1)));
    const a = map2d(rows, new Rng(2), 100), b = map2d(rows, new Rng(2), 100);
    expect(a).toEqual(b);
    expect(a.x.length).toBe(40);
    const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
    const gap = Math.hypot(mean(a.x.slice(0, 20)) - mean(a.x.slice(20)), mean(a.y.slice(0, 20)) - mean(a.y.slice(20)));
    expect(gap).toBeGreaterThan(1);
  });
  it('falls back to the first coordinates for tiny sets and survives NaN', () => {
    const rows = Array.from({ length: MIN_UMAP_POINTS - 1 }, (_, i) => [i, NaN, 3]);
    const m = map2d(rows, new Rng(1));
    expect(m.x).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(m.y.every((v) => v === 0)).toBe(true);
  });
});
