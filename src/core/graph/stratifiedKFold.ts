/**
 * Stratified k-fold splits: each class's indices are shuffled (seeded) and
 * dealt round-robin to the folds, so every fold has each class in proportion
 * and the test folds partition the data.
 */
import type { Rng } from '../rng';

export interface Fold {
  train: number[];
  test: number[];
}

export function stratifiedKFold(labels: readonly number[], k: number, rng: Rng): Fold[] {
  if (k < 2) throw new RangeError(`stratifiedKFold needs k >= 2, got ${k}`);
  if (labels.length < k) throw new RangeError(`${labels.length} samples cannot make ${k} folds`);
  const byClass = new Map<number, number[]>();
  labels.forEach((y, i) => {
    if (!byClass.has(y)) byClass.set(y, []);
    byClass.get(y)!.push(i);
  });
  const testSets = Array.from({ length: k }, () => [] as number[]);
  let next = 0;
  for (const cls of [...byClass.keys()].sort((a, b) => a - b)) {
    for (const i of rng.shuffle([...byClass.get(cls)!])) {
      testSets[next].push(i);
      next = (next + 1) % k;
    }
  }
  return testSets.map((test) => {
    const inTest = new Set(test);
    return { test: [...test].sort((a, b) => a - b), train: labels.map((_, i) => i).filter((i) => !inTest.has(i)) };
  });
}
