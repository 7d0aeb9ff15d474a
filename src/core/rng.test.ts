import { describe, expect, it } from 'vitest';
import { Rng } from './rng';

describe('Rng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('draws uniforms in [0, 1) with the right mean and normals with unit variance', () => {
    const rng = new Rng(7);
    const n = 50_000;
    let sum = 0, sumSq = 0, min = 1, max = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      sum += u; min = Math.min(min, u); max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 2);
    sum = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      sum += z; sumSq += z * z;
    }
    expect(sum / n).toBeCloseTo(0, 1);
    expect(sumSq / n).toBeCloseTo(1, 1);
  });

  it('forks independent, reproducible streams by label', () => {
    const root = new Rng(1);
    expect(root.fork('data').next()).toBe(new Rng(1).fork('data').next());
    expect(root.fork('data').next()).not.toBe(root.fork('init').next());
  });

  it('samples categorical weights in proportion', () => {
    const rng = new Rng(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[rng.categorical([1, 2, 7])]++;
    expect(counts[2] / 30_000).toBeCloseTo(0.7, 1);
    expect(counts[0] / 30_000).toBeCloseTo(0.1, 1);
  });

  it('rejects an empty range', () => {
    expect(() => new Rng(1).int(0)).toThrow(RangeError);
  });
});
