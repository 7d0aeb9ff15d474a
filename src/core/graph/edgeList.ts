/**
 * Edge lists as text: one edge per line, two node ids separated by spaces,
 * tabs or a comma (an optional third column, a weight, is ignored). Lines
 * starting with # or % are comments. Node ids are any tokens, numbered 0..n-1
 * in order of first appearance. Self-loops and repeated edges are dropped and
 * counted. A malformed line is an error that names the line, and nothing is
 * half-loaded.
 */
import { GraphBuilder, type Graph } from './graph';

export interface EdgeListLimits {
  maxNodes: number;
  maxEdges: number;
}

export interface ParsedEdgeList {
  graph: Graph;
  /** Original id of each node. */
  names: string[];
  selfLoops: number;
  repeated: number;
}

export type EdgeListResult = { ok: true; value: ParsedEdgeList } | { ok: false; error: string };

export const DEFAULT_EDGE_LIST_LIMITS: EdgeListLimits = { maxNodes: 5_000, maxEdges: 50_000 };
/** Characters per line allowed on average before a file is refused unread (ids, a weight, comments). */
const CHARS_PER_EDGE = 200;

const show = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

export function parseEdgeList(text: string, limits: EdgeListLimits = DEFAULT_EDGE_LIST_LIMITS): EdgeListResult {
  // A file far longer than the edge limit allows is refused before it is split (a 50 MB file took seconds).
  if (text.length > limits.maxEdges * CHARS_PER_EDGE) {
    return { ok: false, error: `the file is ${(text.length / 1e6).toFixed(1)} MB, more than ${limits.maxEdges} edges can take; the limit keeps training in the browser fast.` };
  }
  const ids = new Map<string, number>();
  const names: string[] = [];
  const b = new GraphBuilder();
  let selfLoops = 0, repeated = 0;
  const node = (name: string): number => {
    let i = ids.get(name);
    if (i === undefined) {
      i = b.addNode();
      ids.set(name, i);
      names.push(name);
    }
    return i;
  };
  const lines = text.split(/\r?\n/);
  for (const [k, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('%')) continue;
    const cols = line.split(/[\s,;]+/).filter((c) => c !== '');
    const where = `line ${k + 1}`;
    if (cols.length < 2) return { ok: false, error: `${where}: expected two node ids, found one (${show(line)}).` };
    if (cols.length > 3) return { ok: false, error: `${where}: expected two node ids (and at most a weight), found ${cols.length} columns (${show(line)}).` };
    if (cols.length === 3 && !Number.isFinite(Number(cols[2]))) return { ok: false, error: `${where}: the third column should be a numeric weight, found ${show(cols[2])}.` };
    const u = node(cols[0]), v = node(cols[1]);
    if (b.n > limits.maxNodes) return { ok: false, error: `${where}: more than ${limits.maxNodes} nodes; the limit keeps training in the browser fast.` };
    if (u === v) selfLoops++;
    else if (!b.addEdge(u, v)) repeated++;
    if (b.edges.length > limits.maxEdges) return { ok: false, error: `${where}: more than ${limits.maxEdges} edges; the limit keeps training in the browser fast.` };
  }
  if (b.edges.length === 0) return { ok: false, error: 'no edges found: expected lines of two node ids such as "1 2".' };
  const graph = b.build();
  delete graph.nodeLabels;
  return { ok: true, value: { graph, names, selfLoops, repeated } };
}
