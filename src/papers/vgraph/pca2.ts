/**
 * A 2-D view of embeddings: the first two principal components, by power
 * iteration on the D×D covariance with deflation. Deterministic (starts
 * from fixed vectors), so the same embeddings give the same picture.
 */
export function pca2(rows: Float32Array, n: number, d: number, iterations = 60): { x: number[]; y: number[] } {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += rows[i * d + j] / n;
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const xa = rows[i * d + a] - mean[a];
      if (xa === 0) continue;
      for (let b = a; b < d; b++) cov[a * d + b] += xa * (rows[i * d + b] - mean[b]);
    }
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[a * d + b] = cov[b * d + a];
  const components: Float64Array[] = [];
  for (let c = 0; c < 2; c++) {
    let v = Float64Array.from({ length: d }, (_, j) => 1 + ((j * (c + 1) * 7919) % 13) / 13);
    for (let it = 0; it < iterations; it++) {
      const next = new Float64Array(d);
      for (let a = 0; a < d; a++) {
        let s = 0;
        for (let b = 0; b < d; b++) s += cov[a * d + b] * v[b];
        next[a] = s;
      }
      for (const p of components) {
        const dot = next.reduce((acc, x, j) => acc + x * p[j], 0);
        for (let j = 0; j < d; j++) next[j] -= dot * p[j];
      }
      const norm = Math.hypot(...next);
      if (!(norm > 0)) break;
      v = next.map((x) => x / norm);
    }
    components.push(v);
  }
  const project = (p: Float64Array) => Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += (rows[i * d + j] - mean[j]) * p[j];
    return s;
  });
  return { x: project(components[0]), y: project(components[1]) };
}
