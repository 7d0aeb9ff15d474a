import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { stratifiedKFold } from './stratifiedKFold';

describe('stratifiedKFold', () => {
  const labels = [...Array<number>(63).fill(0), ...Array<number>(125).fill(1)];
  const folds = stratifiedKFold(labels, 10, new Rng(5));

  it('makes disjoint test folds that cover every sample once, each disjoint from its training part', () => {
    const all = folds.flatMap((f) => f.test).sort((a, b) => a - b);
    expect(all).toEqual(labels.map((_, i) => i));
    for (const f of folds) {
      expect(f.train.length + f.test.length).toBe(labels.length);
      const test = new Set(f.test);
      expect(f.train.some((i) => test.has(i))).toBe(false);
    }
  });

  it('keeps each class in proportion in every fold (within one sample)', () => {
    for (const f of folds) {
      const ones = f.test.filter((i) => labels[i] === 1).length;
      const zeros = f.test.length - ones;
      expect(Math.abs(zeros - 6.3)).toBeLessThanOrEqual(1);
      expect(Math.abs(ones - 12.5)).toBeLessThanOrEqual(1);
    }
  });

  it('is reproducible from the seed and rejects impossible splits', () => {
    expect(stratifiedKFold(labels, 10, new Rng(5))).toEqual(folds);
    expect(() => stratifiedKFold([0, 1], 3, new Rng(1))).toThrow(/cannot make 3 folds/);
  });
});
