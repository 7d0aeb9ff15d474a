/**
 * Equal for two settings that build and lay out the same graph: the fields
 * each kind of graph reads (data.ts; the planted ones their own seed), the
 * uploaded file, and the run seed (the layout reads it). The preview is recomputed only when it changes.
 */
import type { UploadedGraph } from './data';
import type { VGraphParams } from './params';

const GRAPH_FIELDS = {
  karate: [],
  planted: ['graphSeed', 'blocks', 'blockSize', 'pIn', 'pOut'],
  overlapping: ['graphSeed', 'blocks', 'blockSize', 'pIn', 'pOut', 'overlap'],
  upload: [],
} as const satisfies Record<VGraphParams['graph'], readonly (keyof VGraphParams)[]>;

export function graphKey(p: Readonly<Partial<Record<keyof VGraphParams, unknown>>>, seed: number, upload: UploadedGraph | null): string {
  const kind = p.graph === 'planted' || p.graph === 'overlapping' || p.graph === 'upload' ? p.graph : 'karate';
  const file = kind === 'upload' ? [upload?.name ?? null, upload?.graph.edges.length ?? 0] : [];
  return JSON.stringify([seed, kind, ...file, ...GRAPH_FIELDS[kind].map((k) => p[k])]);
}
