/**
 * A planted partition with overlap, in the spirit of the affiliation graph
 * model (Yang & Leskovec 2012): K blocks of equal size; a chosen number of
 * nodes per block also join the next block (cyclically). Two nodes that share
 * at least one community link with probability pIn, others with pOut.
 */
import type { Rng } from '../rng';
import { GraphBuilder, type Graph } from './graph';

export interface OverlappingGraph {
  graph: Graph;
  /** Communities of each node (one or two). */
  memberships: number[][];
}

export function overlappingBlockModel(blocks: number, size: number, overlapPerBlock: number, pIn: number, pOut: number, rng: Rng): OverlappingGraph {
  if (blocks < 2 || size < 2) throw new RangeError(`overlappingBlockModel needs at least 2 blocks of 2 nodes, got ${blocks} x ${size}`);
  const extra = Math.min(Math.max(0, Math.floor(overlapPerBlock)), size);
  const memberships: number[][] = [];
  for (let k = 0; k < blocks; k++) {
    for (let i = 0; i < size; i++) memberships.push(i < extra ? [k, (k + 1) % blocks] : [k]);
  }
  const b = new GraphBuilder();
  for (const m of memberships) b.addNode(m[0]);
  const n = memberships.length;
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      const shared = memberships[u].some((c) => memberships[v].includes(c));
      if (rng.bernoulli(shared ? pIn : pOut)) b.addEdge(u, v);
    }
  }
  return { graph: b.build(), memberships };
}
