/**
 * The graph sets of the panel: procedural (from the seed) or uploaded TU
 * files, each with its class names and input node features (one-hot atom
 * type for molecules and labelled TU files, one-hot degree otherwise).
 */
import { oneHotDegree, oneHotLabels, type NodeFeatures } from '../../core/graph/features';
import type { Graph } from '../../core/graph/graph';
import type { TuDataset } from '../../core/graph/tuFormat';
import { ExperimentError } from '../../core/experiment';
import type { Rng } from '../../core/rng';
import { motifDataset, MOTIF_CLASSES } from './motifGraphs';
import { ATOMS, MUTAG_CLASSES, mutagLikeDataset } from './mutagLike';
import { nitroareneDataset } from './nitroarenes';
import type { InfographParams } from './params';
import { socialDataset, SOCIAL_CLASSES } from './socialGraphs';

/** Degrees above this share one feature slot. */
export const MAX_DEGREE_FEATURE = 10;
/** Uploaded sets: what a browser run can pad and hold. */
export const UPLOAD_LIMITS = { maxGraphs: 2000, maxNodesPerGraph: 128 };

export interface GraphSet {
  name: string;
  graphs: Graph[];
  labels: number[];
  classNames: string[];
  /** Names of node labels when features are one-hot labels, else null (degree features). */
  nodeLabelNames: string[] | null;
  features: NodeFeatures;
  F: number;
}

function withFeatures(name: string, graphs: Graph[], classNames: string[], nodeLabelNames: string[] | null): GraphSet {
  const F = nodeLabelNames ? nodeLabelNames.length : MAX_DEGREE_FEATURE + 1;
  const features = nodeLabelNames ? oneHotLabels(F) : oneHotDegree(MAX_DEGREE_FEATURE);
  return { name, graphs, labels: graphs.map((g) => g.label ?? 0), classNames, nodeLabelNames, features, F };
}

export function makeGraphSet(p: InfographParams, rng: Rng, upload?: TuDataset): GraphSet {
  switch (p.dataset) {
    case 'nitroarenes':
      return withFeatures('MUTAG-like nitroarenes', nitroareneDataset(p.graphs, p.labelNoise, rng), [...MUTAG_CLASSES], [...ATOMS]);
    case 'mutag':
      return withFeatures('MUTAG-like, easy rule', mutagLikeDataset(p.graphs, p.labelNoise, rng), [...MUTAG_CLASSES], [...ATOMS]);
    case 'motif':
      return withFeatures('motif graphs', motifDataset(p.graphs, p.nodes, p.labelNoise, rng), [...MOTIF_CLASSES], null);
    case 'social':
      return withFeatures('social-like', socialDataset(p.graphs, p.nodes, p.labelNoise, rng), [...SOCIAL_CLASSES], null);
    case 'upload': {
      if (!upload) throw new ExperimentError('This run uses uploaded TU files: load them in "Your own graphs" first (a link cannot carry the files).');
      const labelled = upload.nodeLabelValues.length > 1;
      return withFeatures(upload.name, upload.graphs, upload.classValues.map((v) => `class ${v}`), labelled ? upload.nodeLabelValues.map((v) => `label ${v}`) : null);
    }
  }
}

/** What the panel says about a graph set: its size, classes and graph sizes. */
export interface DatasetInfo {
  name: string;
  count: number;
  classNames: string[];
  classCounts: number[];
  meanNodes: number;
  maxNodes: number;
  meanEdges: number;
}

export function datasetInfo(set: GraphSet): DatasetInfo {
  const classCounts = set.classNames.map((_, c) => set.labels.filter((y) => y === c).length);
  const N = set.graphs.length;
  return {
    name: set.name, count: N, classNames: set.classNames, classCounts,
    meanNodes: set.graphs.reduce((a, g) => a + g.n, 0) / N,
    maxNodes: Math.max(...set.graphs.map((g) => g.n)),
    meanEdges: set.graphs.reduce((a, g) => a + g.edges.length, 0) / N,
  };
}
