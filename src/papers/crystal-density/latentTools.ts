/** Plain-TypeScript tools on latent codes: a 2-D PCA projection and a k-nearest-neighbour probe. */

/** The first two principal components of the rows of X (power iteration with deflation). */
export function pca2(X: readonly ArrayLike<number>[]): { x: number[]; y: number[] } {
  const n = X.length, d = X[0]?.length ?? 0;
  const mean = new Float64Array(d);
  for (const r of X) for (let j = 0; j < d; j++) mean[j] += r[j] / n;
  const C = Array.from({ length: d }, () => new Float64Array(d));
  for (const r of X) for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) C[i][j] += ((r[i] - mean[i]) * (r[j] - mean[j])) / Math.max(1, n - 1);
  const comps: Float64Array[] = [];
  for (let c = 0; c < 2; c++) {
    let v = Float64Array.from({ length: d }, (_, j) => 1 + 0.1 * j);
    for (let it = 0; it < 200; it++) {
      const w = new Float64Array(d);
      for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) w[i] += C[i][j] * v[j];
      for (const u of comps) {
        const dot = w.reduce((a, x, j) => a + x * u[j], 0);
        for (let j = 0; j < d; j++) w[j] -= dot * u[j];
      }
      const norm = Math.hypot(...w) || 1;
      v = w.map((x) => x / norm);
    }
    comps.push(v);
  }
  const proj = (u: Float64Array | undefined) => X.map((r) => (u ? Array.from(u).reduce((a, x, j) => a + x * (r[j] - mean[j]), 0) : 0));
  return { x: proj(comps[0]), y: proj(comps[1]) };
}

/** Accuracy of a k-NN vote (Euclidean) from labelled training rows on test rows. */
export function knnAccuracy(trainX: readonly ArrayLike<number>[], trainY: readonly number[], testX: readonly ArrayLike<number>[], testY: readonly number[], k: number): number {
  let hits = 0;
  for (let t = 0; t < testX.length; t++) {
    const q = testX[t];
    const d = trainX.map((r, i) => {
      let s = 0;
      for (let j = 0; j < q.length; j++) s += (r[j] - q[j]) ** 2;
      return [s, trainY[i]] as const;
    });
    d.sort((a, b) => a[0] - b[0]);
    const votes = new Map<number, number>();
    for (const [, y] of d.slice(0, k)) votes.set(y, (votes.get(y) ?? 0) + 1);
    let best = -1, bestN = -1;
    for (const [y, c] of votes) if (c > bestN) [best, bestN] = [y, c];
    if (best === testY[t]) hits++;
  }
  return testX.length ? hits / testX.length : 0;
}
