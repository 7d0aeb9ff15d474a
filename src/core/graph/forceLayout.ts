/**
 * 2-D positions for drawing a graph: ForceAtlas2 (Jacomy et al. 2014) from
 * graphology-layout-forceatlas2, started from seeded random positions.
 */
import Graphology from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Rng } from '../rng';
import type { Graph } from './graph';

export function forceLayout(g: Graph, rng: Rng, iterations = 200): { x: number[]; y: number[] } {
  const G = new Graphology({ type: 'undirected' });
  for (let i = 0; i < g.n; i++) G.addNode(String(i), { x: rng.uniform(-1, 1), y: rng.uniform(-1, 1) });
  for (const [u, v] of g.edges) G.addEdge(String(u), String(v));
  if (g.edges.length > 0) forceAtlas2.assign(G, { iterations, settings: { ...forceAtlas2.inferSettings(G), gravity: 1 } });
  const x: number[] = [], y: number[] = [];
  for (let i = 0; i < g.n; i++) {
    const a = G.getNodeAttributes(String(i)) as { x: number; y: number };
    x.push(a.x);
    y.push(a.y);
  }
  return { x, y };
}
