/**
 * The panel's main figure: the graph at its layout, coloured by the ground
 * truth before any run and by vGraph's communities (or Louvain's) once the
 * shown recording belongs to this graph.
 */
import { useState } from 'react';
import type { GraphArtifact } from './experiment';
import { GraphView, type NodeColouring } from './GraphView';
import type { ShownGraph } from './shownGraph';

type ColourBy = 'vgraph' | 'truth' | 'louvain';

/** Equal pie slices for a node's ground-truth communities. */
function toSlices(communities: readonly number[]): number[] {
  const out = new Array<number>(Math.max(...communities, 0) + 1).fill(0);
  for (const c of communities) out[c] = 1;
  return out;
}

function colouring(by: ColourBy, graph: GraphArtifact, s: ShownGraph): NodeColouring | null {
  if (by === 'truth') return graph.truth ? { community: graph.truth.map((t) => t[0]), slices: graph.truth.map(toSlices) } : null;
  if (by === 'louvain') return s.louvain ? { community: s.louvain.community } : null;
  return s.assignment ? { community: s.assignment.community, slices: graph.overlapping ? s.assignment.counts : undefined } : null;
}

/** What the colouring shows, for the caption. */
function describe(by: ColourBy, s: ShownGraph): string {
  if (by === 'truth') return 'coloured by the ground truth';
  if (by === 'louvain') return `coloured by Louvain (${s.louvain?.count ?? '–'} communities)`;
  return s.assignment ? `coloured by vGraph after epoch ${s.assignment.epoch}` : 'vGraph communities appear after the first evaluation';
}

const isColourBy = (v: string): v is ColourBy => v === 'vgraph' || v === 'truth' || v === 'louvain';

export function GraphFigure({ shown }: { shown: ShownGraph }) {
  const [picked, setPicked] = useState<ColourBy | null>(null);
  const { graph } = shown;
  if (!graph) return <p className="hint graph-wait">{shown.why}</p>;
  // Unpicked: vGraph's communities once there are any, else the ground truth (or none, for an edge list).
  const auto: ColourBy = shown.assignment ? 'vgraph' : graph.truth ? 'truth' : 'vgraph';
  const available: Record<ColourBy, boolean> = { vgraph: shown.assignment !== null, truth: graph.truth !== null, louvain: shown.louvain !== null };
  const by = picked && available[picked] ? picked : auto;
  return (
    <div className="graph-figure">
      <label className="colour-by">
        Colour by{' '}
        <select data-testid="vgraph-colour-by" value={by} onChange={(e) => isColourBy(e.target.value) && setPicked(e.target.value)}>
          <option value="vgraph" disabled={!available.vgraph}>vGraph</option>
          <option value="truth" disabled={!available.truth}>ground truth</option>
          <option value="louvain" disabled={!available.louvain}>Louvain</option>
        </select>
      </label>
      <GraphView graph={graph} colouring={colouring(by, graph, shown)} label={describe(by, shown)} />
    </div>
  );
}
