/**
 * The graph set a run will use and the graph it draws, made at once from the
 * link's params and seed without any model: the same graphs (rng fork 'data')
 * and the same layout (fork 'layout') as the experiment, so the figure shows
 * real data before any run, coloured by the ground truth (atom types for
 * molecules, degrees otherwise). A few milliseconds for the built-in sets.
 */
import { forceLayout } from '../../core/graph/forceLayout';
import { degrees, type Graph } from '../../core/graph/graph';
import type { TuDataset } from '../../core/graph/tuFormat';
import { Rng } from '../../core/rng';
import { datasetInfo, makeGraphSet, type DatasetInfo } from './dataset';
import type { InfographParams } from './params';

export interface GraphPreview {
  info: DatasetInfo;
  index: number;
  graph: Graph;
  className: string;
  /** Node positions, as the run's `scores` artifact draws them. */
  x: number[];
  y: number[];
  /** The ground truth each node is coloured by: its atom type (node label) or its degree. */
  nodeClass: number[];
  /** Names of nodeClass values: atom or label names, or null for degrees. */
  nodeLabelNames: string[] | null;
}

/** The preview, or null for 'upload' before any file is loaded. */
export function graphPreview(p: InfographParams, seed: number, upload?: TuDataset | null): GraphPreview | null {
  if (p.dataset === 'upload' && !upload) return null;
  const rng = new Rng(seed);
  const set = makeGraphSet(p, rng.fork('data'), upload ?? undefined);
  const index = Math.min(p.showGraph, set.graphs.length - 1);
  const graph = set.graphs[index];
  const { x, y } = forceLayout(graph, rng.fork('layout'));
  const nodeClass = set.nodeLabelNames ? Array.from({ length: graph.n }, (_, i) => graph.nodeLabels?.[i] ?? 0) : degrees(graph);
  return { info: datasetInfo(set), index, graph, className: set.classNames[set.labels[index]] ?? '?', x, y, nodeClass, nodeLabelNames: set.nodeLabelNames };
}
