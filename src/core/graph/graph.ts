/**
 * An undirected simple graph with optional categorical node labels and an
 * optional graph class: the shape shared by the graph panels (InfoGraph's
 * graph classification, vGraph's community detection). Nodes are 0..n-1;
 * each edge is stored once with u < v.
 */

export interface Graph {
  n: number;
  /** Undirected edges, each once, u < v, no self-loops. */
  edges: [number, number][];
  /** Categorical node label per node (atom type, community, ...). */
  nodeLabels?: number[];
  /** Graph class for classification. */
  label?: number;
}

/** Builds a Graph, dropping self-loops and repeated edges. */
export class GraphBuilder {
  private readonly keys = new Set<number>();
  readonly edges: [number, number][] = [];
  readonly nodeLabels: number[] = [];

  get n(): number {
    return this.nodeLabels.length;
  }

  /** Adds a node with a label (0 when unlabelled); returns its index. */
  addNode(label = 0): number {
    this.nodeLabels.push(label);
    return this.nodeLabels.length - 1;
  }

  hasEdge(u: number, v: number): boolean {
    const [a, b] = u < v ? [u, v] : [v, u];
    return this.keys.has(a * 0x100000 + b);
  }

  /** Adds u–v unless it is a self-loop or already there; returns whether it was added. */
  addEdge(u: number, v: number): boolean {
    if (u === v) return false;
    if (u < 0 || v < 0 || u >= this.n || v >= this.n) throw new RangeError(`edge ${u}-${v} outside 0..${this.n - 1}`);
    const [a, b] = u < v ? [u, v] : [v, u];
    const key = a * 0x100000 + b;
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    this.edges.push([a, b]);
    return true;
  }

  /** Copies another graph in as new nodes; returns the offset of its node 0. */
  addGraph(g: Graph): number {
    const offset = this.n;
    for (let i = 0; i < g.n; i++) this.addNode(g.nodeLabels?.[i] ?? 0);
    for (const [u, v] of g.edges) this.addEdge(u + offset, v + offset);
    return offset;
  }

  build(label?: number): Graph {
    return { n: this.n, edges: this.edges.map(([u, v]) => [u, v]), nodeLabels: [...this.nodeLabels], ...(label === undefined ? {} : { label }) };
  }
}

/** A graph from an edge list; repeated edges and self-loops are dropped. */
export function graphFromEdges(n: number, edges: readonly (readonly [number, number])[], nodeLabels?: readonly number[], label?: number): Graph {
  const b = new GraphBuilder();
  for (let i = 0; i < n; i++) b.addNode(nodeLabels?.[i] ?? 0);
  for (const [u, v] of edges) b.addEdge(u, v);
  const g = b.build(label);
  if (!nodeLabels) delete g.nodeLabels;
  return g;
}

export function degrees(g: Graph): number[] {
  const d = new Array<number>(g.n).fill(0);
  for (const [u, v] of g.edges) {
    d[u]++;
    d[v]++;
  }
  return d;
}

export function neighbours(g: Graph): number[][] {
  const adj = Array.from({ length: g.n }, () => [] as number[]);
  for (const [u, v] of g.edges) {
    adj[u].push(v);
    adj[v].push(u);
  }
  return adj;
}

/** The same graph with node i renamed perm[i]. */
export function permuteGraph(g: Graph, perm: readonly number[]): Graph {
  const labels = g.nodeLabels ? new Array<number>(g.n) : undefined;
  if (labels && g.nodeLabels) for (let i = 0; i < g.n; i++) labels[perm[i]] = g.nodeLabels[i];
  return graphFromEdges(g.n, g.edges.map(([u, v]) => [perm[u], perm[v]] as [number, number]), labels, g.label);
}
