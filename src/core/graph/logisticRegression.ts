/**
 * Multinomial logistic regression with an L2 penalty, fitted by L-BFGS:
 *   minimise (1/N) Σ_i −log softmax(W x_i + b)_{y_i} + (λ/2) ‖W‖²
 * on standardised features (mean and std from the training rows). The linear
 * probe of frozen embeddings (InfoGraph evaluates with an SVM; a linear
 * classifier with its regularisation searched plays the same role).
 */
import { lbfgs } from '../optim/lbfgs';

export interface LogReg {
  dim: number;
  classes: number;
  mean: Float64Array; // [D]
  std: Float64Array; // [D]
  w: Float64Array; // [D, C] then b [C]
}

/** Rows of X are samples. */
export function fitLogReg(X: readonly ArrayLike<number>[], y: readonly number[], classes: number, lambda: number, maxIter = 200): LogReg {
  const N = X.length, D = X[0]?.length ?? 0, C = classes;
  const mean = new Float64Array(D), std = new Float64Array(D);
  for (const x of X) for (let d = 0; d < D; d++) mean[d] += x[d] / N;
  for (const x of X) for (let d = 0; d < D; d++) std[d] += (x[d] - mean[d]) ** 2 / N;
  for (let d = 0; d < D; d++) std[d] = Math.sqrt(std[d]) || 1;
  const Z = X.map((x) => Float64Array.from({ length: D }, (_, d) => (x[d] - mean[d]) / std[d]));
  const logits = new Float64Array(C), p = new Float64Array(C);
  const objective = (w: Float64Array) => {
    const grad = new Float64Array(w.length);
    let loss = 0;
    for (let i = 0; i < N; i++) {
      const z = Z[i];
      for (let c = 0; c < C; c++) {
        let s = w[D * C + c];
        for (let d = 0; d < D; d++) s += z[d] * w[d * C + c];
        logits[c] = s;
      }
      let mx = -Infinity;
      for (let c = 0; c < C; c++) mx = Math.max(mx, logits[c]);
      let sum = 0;
      for (let c = 0; c < C; c++) sum += (p[c] = Math.exp(logits[c] - mx));
      loss += Math.log(sum) + mx - logits[y[i]];
      for (let c = 0; c < C; c++) {
        const g = (p[c] / sum - (c === y[i] ? 1 : 0)) / N;
        grad[D * C + c] += g;
        for (let d = 0; d < D; d++) grad[d * C + c] += g * z[d];
      }
    }
    loss /= N;
    for (let j = 0; j < D * C; j++) {
      loss += 0.5 * lambda * w[j] * w[j];
      grad[j] += lambda * w[j];
    }
    return { value: loss, grad };
  };
  const res = lbfgs(objective, new Float64Array((D + 1) * C), { maxIter, gtol: 1e-6 });
  return { dim: D, classes: C, mean, std, w: res.x };
}

export function predictLogReg(m: LogReg, x: ArrayLike<number>): number {
  const { dim: D, classes: C, w } = m;
  let best = 0, bestScore = -Infinity;
  for (let c = 0; c < C; c++) {
    let s = w[D * C + c];
    for (let d = 0; d < D; d++) s += ((x[d] - m.mean[d]) / m.std[d]) * w[d * C + c];
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

export function accuracyOf(m: LogReg, X: readonly ArrayLike<number>[], y: readonly number[]): number {
  if (X.length === 0) return 0;
  let ok = 0;
  X.forEach((x, i) => (ok += predictLogReg(m, x) === y[i] ? 1 : 0));
  return ok / X.length;
}
