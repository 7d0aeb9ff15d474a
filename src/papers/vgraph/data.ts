/**
 * The graphs of the panel, from the seed: Zachary's karate club with its two
 * factions, planted partitions (stochastic block model) with or without
 * overlap, or an uploaded edge list (no ground truth).
 */
import { ExperimentError } from '../../core/experiment';
import type { Graph } from '../../core/graph/graph';
import { karateClubGraph } from '../../core/graph/karateClub';
import { overlappingBlockModel } from '../../core/graph/overlappingBlockModel';
import { stochasticBlockModel } from '../../core/graph/randomGraphs';
import type { Rng } from '../../core/rng';
import type { VGraphParams } from './params';

export interface UploadedGraph {
  name: string;
  graph: Graph;
  names: string[];
}

export interface VGraphData {
  name: string;
  graph: Graph;
  /** Ground-truth communities of each node (one, or two where they overlap); null when unknown. */
  truth: number[][] | null;
  overlapping: boolean;
  /** Node names (uploaded graphs). */
  names?: string[];
}

/** Largest 2E × N of the decoder's logits (floats): 40M is 160 MB. */
export const MAX_LOGITS = 40_000_000;

export function makeGraph(p: VGraphParams, rng: Rng, upload?: UploadedGraph): VGraphData {
  switch (p.graph) {
    case 'karate': {
      const graph = karateClubGraph();
      return { name: "Zachary's karate club", graph, truth: graph.nodeLabels!.map((l) => [l]), overlapping: false };
    }
    case 'planted': {
      const graph = stochasticBlockModel(new Array<number>(p.blocks).fill(p.blockSize), p.pIn, p.pOut, rng);
      return { name: `planted partition ${p.blocks}×${p.blockSize}`, graph, truth: graph.nodeLabels!.map((l) => [l]), overlapping: false };
    }
    case 'overlapping': {
      const { graph, memberships } = overlappingBlockModel(p.blocks, p.blockSize, p.overlap, p.pIn, p.pOut, rng);
      return { name: `overlapping planted partition ${p.blocks}×${p.blockSize}`, graph, truth: memberships, overlapping: true };
    }
    case 'upload':
      if (!upload) throw new ExperimentError('No edge list loaded: choose a file under "Your edge list" first, or pick another graph.');
      return { name: upload.name, graph: upload.graph, truth: null, overlapping: true, names: upload.names };
  }
}

/** A clear message when the graph cannot be trained here. */
export function checkTrainable(d: VGraphData): void {
  const E = 2 * d.graph.edges.length;
  if (E === 0) throw new ExperimentError(`${d.name} has no edges: raise p_in or p_out.`);
  if (E * d.graph.n > MAX_LOGITS) {
    throw new ExperimentError(
      `${d.name} is too large for full-batch training in the browser: ${E} directed edges × ${d.graph.n} nodes = ${(E * d.graph.n / 1e6).toFixed(0)}M decoder logits (limit ${MAX_LOGITS / 1e6}M). Use fewer or smaller blocks, or a lower p_in.`,
    );
  }
}
