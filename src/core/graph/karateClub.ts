/**
 * Zachary's karate club (Zachary 1977): 34 members, 78 friendships, and the
 * club's split into two factions, from graphology-generators (no download).
 * Node labels: 0 = Mr. Hi's faction, 1 = the Officer's.
 */
import Graphology from 'graphology';
import karateClub from 'graphology-generators/social/karate-club';
import { graphFromEdges, type Graph } from './graph';

export const KARATE_FACTIONS = ['Mr. Hi', 'Officer'] as const;

export function karateClubGraph(): Graph {
  const G = karateClub(Graphology);
  const labels = G.mapNodes((_, a) => ((a as { club?: string }).club === 'Officer' ? 1 : 0));
  const order = G.nodes().map(Number);
  const byIndex = new Array<number>(order.length);
  order.forEach((id, i) => (byIndex[id] = labels[i]));
  const edges = G.mapEdges((_, __, s, t) => [Number(s), Number(t)] as [number, number]);
  return graphFromEdges(order.length, edges, byIndex);
}
