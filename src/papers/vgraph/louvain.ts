/**
 * The Louvain baseline (Blondel et al. 2008) from graphology-communities-louvain,
 * with its random node order drawn from the seeded Rng so runs repeat.
 */
import Graphology from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Graph } from '../../core/graph/graph';
import type { Rng } from '../../core/rng';

/** One community per node, numbered 0..C-1; isolated nodes get their own. */
export function louvainCommunities(g: Graph, rng: Rng): number[] {
  const G = new Graphology({ type: 'undirected' });
  for (let i = 0; i < g.n; i++) G.addNode(String(i));
  for (const [u, v] of g.edges) G.addEdge(String(u), String(v));
  const found = g.edges.length > 0 ? louvain(G, { rng: () => rng.next() }) : {};
  const renumber = new Map<number, number>();
  return Array.from({ length: g.n }, (_, i) => {
    const c = found[String(i)] ?? -1 - i;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    return renumber.get(c)!;
  });
}
