/**
 * How an assignment compares with the ground truth: NMI and modularity for
 * one community per node (Table 3), F1 and Jaccard for overlapping
 * communities (Table 2), and the fraction of edges across communities.
 */
import type { Graph } from '../../core/graph/graph';
import { crossingFraction, modularity } from './modularity';
import { nmi } from './nmi';
import { communitiesOf, overlapF1, overlapJaccard } from './overlapScores';

export interface Scores {
  modularity: number;
  crossing: number;
  nmi?: number;
  f1?: number;
  jaccard?: number;
}

/** `memberships` are the overlapping communities (or one per node). */
export function scoreCommunities(g: Graph, truth: number[][] | null, community: readonly number[], memberships: readonly (readonly number[])[]): Scores {
  const s: Scores = { modularity: modularity(g, community), crossing: crossingFraction(g, community) };
  if (truth) {
    s.nmi = nmi(truth.map((t) => t[0]), community);
    const t = communitiesOf(truth), f = communitiesOf(memberships);
    s.f1 = overlapF1(t, f);
    s.jaccard = overlapJaccard(t, f);
  }
  return s;
}
