/**
 * k-fold cross-validated accuracy of a linear probe on frozen embeddings, as
 * InfoGraph's `evaluate_embedding.py` does with an SVM: for each outer
 * stratified fold, the L2 strength is chosen by an inner stratified k-fold on
 * the training part, the probe is refitted on all of it and scored on the
 * test fold. Reports the mean and standard deviation over the outer folds.
 */
import type { Rng } from '../rng';
import { accuracyOf, fitLogReg } from './logisticRegression';
import { stratifiedKFold, type Fold } from './stratifiedKFold';

export interface ProbeOptions {
  folds: Fold[];
  lambdas: readonly number[];
  innerFolds: number;
  rng: Rng;
}

export interface ProbeResult {
  mean: number;
  std: number;
  perFold: number[];
  chosenLambdas: number[];
}

export const DEFAULT_LAMBDAS = [1e-3, 1e-2, 1e-1, 1] as const;

const pick = <T>(xs: readonly T[], idx: readonly number[]): T[] => idx.map((i) => xs[i]);

export function meanStd(xs: readonly number[]): { mean: number; std: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length));
  return { mean, std };
}

/** Best λ on the rows `idx` by inner stratified k-fold (ties go to the larger λ). */
function chooseLambda(X: readonly ArrayLike<number>[], y: readonly number[], classes: number, idx: readonly number[], o: ProbeOptions): number {
  if (o.lambdas.length === 1) return o.lambdas[0];
  const yIn = pick(y, idx);
  const k = Math.min(o.innerFolds, Math.min(...countClasses(yIn, classes).filter((c) => c > 0)));
  if (k < 2) return o.lambdas[o.lambdas.length - 1];
  const inner = stratifiedKFold(yIn, k, o.rng);
  let best = o.lambdas[0], bestAcc = -1;
  for (const lambda of o.lambdas) {
    let acc = 0;
    for (const f of inner) {
      const m = fitLogReg(pick(X, pick(idx, f.train)), pick(yIn, f.train), classes, lambda);
      acc += accuracyOf(m, pick(X, pick(idx, f.test)), pick(yIn, f.test)) / inner.length;
    }
    if (acc >= bestAcc) {
      bestAcc = acc;
      best = lambda;
    }
  }
  return best;
}

function countClasses(y: readonly number[], classes: number): number[] {
  const c = new Array<number>(classes).fill(0);
  for (const v of y) c[v]++;
  return c;
}

export function linearProbe(X: readonly ArrayLike<number>[], y: readonly number[], classes: number, o: ProbeOptions): ProbeResult {
  const perFold: number[] = [], chosenLambdas: number[] = [];
  for (const f of o.folds) {
    const lambda = chooseLambda(X, y, classes, f.train, o);
    const m = fitLogReg(pick(X, f.train), pick(y, f.train), classes, lambda);
    perFold.push(accuracyOf(m, pick(X, f.test), pick(y, f.test)));
    chosenLambdas.push(lambda);
  }
  return { ...meanStd(perFold), perFold, chosenLambdas };
}
