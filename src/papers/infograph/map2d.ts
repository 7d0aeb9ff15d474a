/**
 * A 2-D map of graph embeddings by UMAP (McInnes et al. 2018, umap-js), with
 * its random numbers from the seeded Rng. Sets too small for a neighbour graph
 * fall back to the first two standardised coordinates.
 */
import { UMAP } from 'umap-js';
import type { Rng } from '../../core/rng';

export const MIN_UMAP_POINTS = 8;

export function map2d(rows: readonly ArrayLike<number>[], rng: Rng, epochs = 200): { x: number[]; y: number[] } {
  const X = rows.map((r) => Array.from(r, (v) => (Number.isFinite(v) ? v : 0)));
  if (X.length < MIN_UMAP_POINTS) return { x: X.map((r) => r[0] ?? 0), y: X.map((r) => r[1] ?? 0) };
  const umap = new UMAP({ nComponents: 2, nNeighbors: Math.min(15, X.length - 1), minDist: 0.1, nEpochs: epochs, random: () => rng.next() });
  const Y = umap.fit(X);
  return { x: Y.map((p) => p[0]), y: Y.map((p) => p[1]) };
}
