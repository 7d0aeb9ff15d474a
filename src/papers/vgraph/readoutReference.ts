/**
 * What vGraph's overlapping read-out (assign.ts: each edge picks one community
 * and both its ends join it; Sun et al. 2019, Sec. 4.3 and the official
 * overlapping script) can score on a graph with known communities, next to
 * what a partition can:
 *   edgeReadout: every edge read as a community its two ends share (the first
 *     one), and an edge whose ends share none as its first end's community,
 *     so its other end gains a membership it does not have;
 *   onePerNode: the truth cut to one community per node (each node's first),
 *     a partition such as Louvain's at its best.
 * Edges between communities cost the read-out false memberships while a
 * partition loses every second membership: which weighs more depends on the
 * graph, and these two numbers say which way it goes before anything trains.
 */
import { communitiesOf, overlapF1 } from './overlapScores';

export interface ReadoutReference {
  /** Overlapping F1 of the read-out with every edge read right. */
  edgeReadout: number;
  /** Overlapping F1 of the truth cut to one community per node. */
  onePerNode: number;
  /** Edges whose ends share no community. */
  crossEdges: number;
}

/** `truth` gives each node's communities (one or more); nodes without edges join none in the read-out. */
export function readoutReference(n: number, edges: readonly (readonly [number, number])[], truth: readonly (readonly number[])[]): ReadoutReference {
  if (truth.length !== n) throw new Error(`readoutReference: ${truth.length} ground-truth rows for ${n} nodes`);
  const joined = Array.from({ length: n }, () => new Set<number>());
  let crossEdges = 0;
  for (const [u, v] of edges) {
    const shared = truth[u].find((c) => truth[v].includes(c));
    if (shared === undefined) crossEdges++;
    const pick = shared ?? truth[u][0];
    joined[u].add(pick);
    joined[v].add(pick);
  }
  const t = communitiesOf(truth);
  return {
    edgeReadout: overlapF1(t, communitiesOf(joined.map((s) => [...s]))),
    onePerNode: overlapF1(t, communitiesOf(truth.map((ms) => ms.slice(0, 1)))),
    crossEdges,
  };
}
