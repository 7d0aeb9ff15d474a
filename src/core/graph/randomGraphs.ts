/**
 * Random graph models, seeded: Erdős–Rényi G(n, p) (1959), Barabási–Albert
 * preferential attachment (1999) and the stochastic block model (Holland,
 * Laskey & Leinhardt 1983). Every draw comes from the Rng passed in.
 */
import type { Rng } from '../rng';
import { GraphBuilder, type Graph } from './graph';

/** G(n, p): each of the n(n-1)/2 edges independently with probability p. */
export function erdosRenyi(n: number, p: number, rng: Rng): Graph {
  const b = new GraphBuilder();
  for (let i = 0; i < n; i++) b.addNode();
  for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) if (rng.bernoulli(p)) b.addEdge(u, v);
  return b.build();
}

/**
 * Barabási–Albert: start from a star on m+1 nodes, then each new node links
 * to m distinct existing nodes chosen with probability proportional to degree.
 */
export function barabasiAlbert(n: number, m: number, rng: Rng): Graph {
  if (m < 1 || n < m + 1) throw new RangeError(`barabasiAlbert needs 1 <= m < n, got n=${n}, m=${m}`);
  const b = new GraphBuilder();
  const ends: number[] = []; // each node repeated once per incident edge
  for (let i = 0; i <= m; i++) b.addNode();
  for (let i = 1; i <= m; i++) {
    b.addEdge(0, i);
    ends.push(0, i);
  }
  for (let v = m + 1; v < n; v++) {
    b.addNode();
    const targets = new Set<number>();
    while (targets.size < m) targets.add(rng.pick(ends));
    for (const t of targets) {
      b.addEdge(v, t);
      ends.push(v, t);
    }
  }
  return b.build();
}

/** Stochastic block model: blocks of the given sizes, edge probability pIn within a block and pOut across. */
export function stochasticBlockModel(sizes: readonly number[], pIn: number, pOut: number, rng: Rng): Graph {
  const b = new GraphBuilder();
  const block: number[] = [];
  sizes.forEach((s, k) => {
    for (let i = 0; i < s; i++) block.push(k);
  });
  for (const k of block) b.addNode(k);
  const n = block.length;
  for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) if (rng.bernoulli(block[u] === block[v] ? pIn : pOut)) b.addEdge(u, v);
  return b.build();
}

/** Links each connected component to the next by one random edge, so the graph is connected. */
export function connectComponents(g: Graph, rng: Rng): Graph {
  const parent = Array.from({ length: g.n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const [u, v] of g.edges) parent[find(u)] = find(v);
  const members = new Map<number, number[]>();
  for (let i = 0; i < g.n; i++) {
    const r = find(i);
    if (!members.has(r)) members.set(r, []);
    members.get(r)!.push(i);
  }
  const comps = [...members.values()];
  if (comps.length <= 1) return g;
  const b = new GraphBuilder();
  b.addGraph(g);
  for (let k = 1; k < comps.length; k++) b.addEdge(rng.pick(comps[k - 1]), rng.pick(comps[k]));
  const out = b.build(g.label);
  if (!g.nodeLabels) delete out.nodeLabels;
  return out;
}
