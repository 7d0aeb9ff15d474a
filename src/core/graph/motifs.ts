/**
 * Small motifs and planting them into a base graph: the "house" (a square
 * with a triangle roof, 5 nodes, 6 edges) and the cycle C_k, as used in
 * synthetic graph-classification and explanation benchmarks.
 */
import type { Rng } from '../rng';
import { GraphBuilder, graphFromEdges, type Graph } from './graph';

export function cycleGraph(k: number): Graph {
  return graphFromEdges(k, Array.from({ length: k }, (_, i) => [i, (i + 1) % k] as [number, number]));
}

export function pathGraph(k: number): Graph {
  return graphFromEdges(k, Array.from({ length: k - 1 }, (_, i) => [i, i + 1] as [number, number]));
}

/** Square 0-1-2-3 with roof node 4 on 0 and 1. */
export function houseGraph(): Graph {
  return graphFromEdges(5, [[0, 1], [1, 2], [2, 3], [3, 0], [0, 4], [1, 4]]);
}

/**
 * The base graph plus a copy of the motif, joined by `links` edges between a
 * random motif node and a random base node. Motif nodes come last.
 */
export function plantMotif(base: Graph, motif: Graph, rng: Rng, links = 1): Graph {
  const b = new GraphBuilder();
  b.addGraph(base);
  const off = b.addGraph(motif);
  for (let i = 0; i < links; i++) b.addEdge(off + rng.int(motif.n), rng.int(base.n));
  const g = b.build(base.label);
  if (!base.nodeLabels && !motif.nodeLabels) delete g.nodeLabels;
  return g;
}
