/**
 * Two-class motif graphs: a random tree (Barabási–Albert with m = 1) plus a
 * few random extra edges, with either a "house" (class 0) or a 5-cycle
 * (class 1) planted by one edge. The extra edges vary the edge count, so the
 * class is not given away by counting edges; node features are degrees.
 */
import type { Graph } from '../../core/graph/graph';
import { graphFromEdges } from '../../core/graph/graph';
import { cycleGraph, houseGraph, plantMotif } from '../../core/graph/motifs';
import { barabasiAlbert } from '../../core/graph/randomGraphs';
import type { Rng } from '../../core/rng';

export const MOTIF_CLASSES = ['house', 'cycle-5'] as const;

export function motifGraph(cls: number, nodes: number, rng: Rng): Graph {
  const baseN = Math.max(3, nodes - 5);
  const tree = barabasiAlbert(baseN, 1, rng);
  const extra = rng.int(Math.max(1, Math.round(baseN / 4)) + 1);
  const edges = [...tree.edges];
  for (let k = 0; k < extra; k++) edges.push([rng.int(baseN), rng.int(baseN)]);
  const base = graphFromEdges(baseN, edges, undefined, cls);
  return plantMotif(base, cls === 0 ? houseGraph() : cycleGraph(5), rng);
}

/** Balanced classes, then labels flipped with probability labelNoise. */
export function motifDataset(count: number, nodes: number, labelNoise: number, rng: Rng): Graph[] {
  return Array.from({ length: count }, (_, i) => {
    const g = motifGraph(i % 2, nodes, rng);
    return rng.bernoulli(labelNoise) ? { ...g, label: 1 - (g.label ?? 0) } : g;
  });
}
