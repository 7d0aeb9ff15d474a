/**
 * Three-class "social" graphs of the same size and about the same mean degree
 * (4): Erdős–Rényi, Barabási–Albert (m = 2) and a two-block stochastic block
 * model, each made connected. Like IMDB or REDDIT, they have no node
 * attributes; the classes differ only in how the edges are arranged.
 */
import type { Graph } from '../../core/graph/graph';
import { barabasiAlbert, connectComponents, erdosRenyi, stochasticBlockModel } from '../../core/graph/randomGraphs';
import type { Rng } from '../../core/rng';

export const SOCIAL_CLASSES = ['Erdős–Rényi', 'Barabási–Albert', 'block model'] as const;
export const MEAN_DEGREE = 4;

export function socialGraph(cls: number, nodes: number, rng: Rng): Graph {
  const n = Math.max(6, nodes);
  let g: Graph;
  if (cls === 0) g = erdosRenyi(n, Math.min(1, MEAN_DEGREE / (n - 1)), rng);
  else if (cls === 1) g = barabasiAlbert(n, 2, rng);
  else {
    const half = Math.floor(n / 2);
    // Within-block degree 3.4, across 0.6: mean degree about 4.
    const pIn = Math.min(1, 3.4 / Math.max(1, half - 1)), pOut = Math.min(1, 0.6 / (n - half));
    g = stochasticBlockModel([half, n - half], pIn, pOut, rng);
  }
  const c = connectComponents(g, rng);
  return { n: c.n, edges: c.edges, label: cls };
}

/** Balanced classes, then labels redrawn uniformly with probability labelNoise. */
export function socialDataset(count: number, nodes: number, labelNoise: number, rng: Rng): Graph[] {
  return Array.from({ length: count }, (_, i) => {
    const g = socialGraph(i % 3, nodes, rng);
    return rng.bernoulli(labelNoise) ? { ...g, label: rng.int(3) } : g;
  });
}
