/**
 * Retrieval speed at fixed database sizes (the bench's 10k and 100k chunks):
 * random unit keys of the run's key width, one batch of queries searched by
 * exact kNN on the active backend. Queries per second, upload excluded.
 */
import { KnnIndex } from '../../core/retrieval/knn';
import type { Rng } from '../../core/rng';

function unitRows(n: number, dim: number, rng: Rng): Float32Array {
  const out = new Float32Array(n * dim);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let d = 0; d < dim; d++) s += (out[i * dim + d] = rng.normal(0, 1)) ** 2;
    const inv = 1 / Math.sqrt(s);
    for (let d = 0; d < dim; d++) out[i * dim + d] *= inv;
  }
  return out;
}

export async function searchQueriesPerSec(size: number, dim: number, queries: number, k: number, rng: Rng): Promise<number> {
  const index = new KnnIndex(unitRows(size, dim, rng), dim);
  try {
    const q = unitRows(queries, dim, rng);
    await index.search({ queries: q.subarray(0, dim), k }); // warm-up: kernels compiled, keys resident
    const t0 = performance.now();
    await index.search({ queries: q, k });
    return queries / Math.max(1e-6, (performance.now() - t0) / 1000);
  } finally {
    index.dispose();
  }
}
