import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { linearProbe } from './linearProbe';
import { accuracyOf, fitLogReg } from './logisticRegression';
import { stratifiedKFold } from './stratifiedKFold';

function blobs(n: number, sep: number, rng: Rng) {
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % 3;
    X.push([rng.normal(sep * c, 1), rng.normal(-sep * c, 1), rng.normal(0, 1)]);
    y.push(c);
  }
  return { X, y };
}

describe('logistic regression', () => {
  it('separates well-separated classes and does chance on noise', () => {
    const { X, y } = blobs(150, 6, new Rng(1));
    expect(accuracyOf(fitLogReg(X, y, 3, 1e-3), X, y)).toBeGreaterThan(0.97);
  });
});

describe('linearProbe', () => {
  it('reports fold accuracies, their mean and spread, and a chosen λ per fold', () => {
    const rng = new Rng(2);
    const easy = blobs(90, 5, rng), noise = blobs(90, 0, rng);
    const opts = () => ({ lambdas: [1e-2, 1], innerFolds: 3, rng: new Rng(3) });
    const e = linearProbe(easy.X, easy.y, 3, { ...opts(), folds: stratifiedKFold(easy.y, 5, new Rng(4)) });
    const z = linearProbe(noise.X, noise.y, 3, { ...opts(), folds: stratifiedKFold(noise.y, 5, new Rng(4)) });
    expect(e.perFold.length).toBe(5);
    expect(e.chosenLambdas.every((l) => l === 1e-2 || l === 1)).toBe(true);
    expect(e.mean).toBeGreaterThan(0.9);
    expect(z.mean).toBeLessThan(0.6);
    expect(z.std).toBeGreaterThan(0);
  });
});
