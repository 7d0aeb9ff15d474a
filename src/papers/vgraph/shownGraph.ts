/**
 * Which graph the panel's figure shows: the recording's own when it was made
 * with the graph now chosen (same graph fields and seed), with its
 * communities, Louvain's and the embeddings; else the preview of the chosen
 * graph (no communities yet).
 */
import type { UploadedGraph } from './data';
import type { AssignmentArtifact, BaselineArtifact, GraphArtifact, VGraphRecording } from './experiment';
import type { GraphPreview } from './graphPreview';
import { graphKey } from './graphKey';
import type { VGraphParams } from './params';

export interface ShownGraph {
  graph: GraphArtifact | null;
  /** Why there is no graph to draw (yet). */
  why: string;
  /** The recording belongs to this graph: its communities, Louvain and embeddings apply. */
  trained: boolean;
  assignment: AssignmentArtifact | null;
  louvain: BaselineArtifact | null;
}

interface RunView {
  params: VGraphParams;
  seed: number;
  active: boolean;
  origin: { kind: string; run?: { params: Record<string, unknown>; seed: number } };
  startedWith: { params: VGraphParams; seed: number } | null;
}

/** The params and seed the recording on screen was made with, when known. */
function madeWith(run: RunView): { params: Record<string, unknown>; seed: number } | null {
  if (run.active) return null; // the run now going: its graph is the one chosen when it started
  if (run.origin.run) return run.origin.run;
  return run.startedWith;
}

export function shownGraph(rec: Pick<VGraphRecording, 'artifacts'>, run: RunView, upload: UploadedGraph | null, preview: GraphPreview | null): ShownGraph {
  const made = madeWith(run);
  const { graph, assignment = null, louvain = null } = rec.artifacts;
  const same = made === null || graphKey(made.params, made.seed, upload) === graphKey(run.params, run.seed, upload);
  if (graph && same) return { graph, why: '', trained: true, assignment, louvain };
  if (preview?.graph) return { graph: preview.graph, why: '', trained: false, assignment: null, louvain: null };
  return { graph: null, why: preview ? preview.why : 'Laying out the graph …', trained: false, assignment: null, louvain: null };
}
