/**
 * Newman's modularity of a partition of an undirected, unweighted graph
 * (Newman & Girvan 2004): Q = Σ_c [ L_c / m − (d_c / 2m)² ], with L_c the
 * edges inside community c, d_c the summed degree of its nodes and m the
 * number of edges.
 */
import type { Graph } from '../../core/graph/graph';

export function modularity(g: Graph, community: readonly number[]): number {
  const m = g.edges.length;
  if (m === 0) return 0;
  const inside = new Map<number, number>(), degree = new Map<number, number>();
  for (const [u, v] of g.edges) {
    if (community[u] === community[v]) inside.set(community[u], (inside.get(community[u]) ?? 0) + 1);
    degree.set(community[u], (degree.get(community[u]) ?? 0) + 1);
    degree.set(community[v], (degree.get(community[v]) ?? 0) + 1);
  }
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - (d / (2 * m)) ** 2;
  return q;
}

/** Fraction of edges whose ends lie in different communities. */
export function crossingFraction(g: Graph, community: readonly number[]): number {
  if (g.edges.length === 0) return 0;
  return g.edges.filter(([u, v]) => community[u] !== community[v]).length / g.edges.length;
}
