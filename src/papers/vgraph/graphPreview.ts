/**
 * The graph before any run: the same graph and ForceAtlas2 layout the run
 * draws first (same seed, same RNG streams 'graph' and 'layout'), computed
 * at once in the preview worker (previewWorker.ts) for graphs up to a thousand nodes.
 */
import { Rng } from '../../core/rng';
import { makeGraph, type UploadedGraph } from './data';
import type { GraphArtifact } from './experiment';
import { forceLayout } from '../../core/graph/forceLayout';
import type { VGraphParams } from './params';

/** Largest graph laid out before a run (nodes; ForceAtlas2 is quadratic); larger ones are drawn when the run starts. */
export const PREVIEW_MAX_NODES = 1000;

/** Nodes of the graph the params describe, before building it (null for an edge list not loaded yet). */
export function nodeCount(p: VGraphParams, upload?: UploadedGraph): number | null {
  if (p.graph === 'karate') return 34;
  if (p.graph === 'upload') return upload ? upload.graph.n : null;
  return p.blocks * p.blockSize;
}

export type GraphPreview = { graph: GraphArtifact } | { graph: null; why: string };

export function graphPreview(p: VGraphParams, seed: number, upload?: UploadedGraph): GraphPreview {
  const n = nodeCount(p, upload);
  if (n === null) return { graph: null, why: 'Load an edge list to draw it.' };
  if (n > PREVIEW_MAX_NODES) return { graph: null, why: `${n} nodes: the graph is laid out when the run starts.` };
  const rng = new Rng(seed);
  const data = makeGraph(p, new Rng(p.graphSeed).fork('graph'), upload);
  const layout = forceLayout(data.graph, rng.fork('layout'));
  return { graph: { name: data.name, n: data.graph.n, edges: data.graph.edges, ...layout, truth: data.truth, overlapping: data.overlapping, names: data.names } };
}
