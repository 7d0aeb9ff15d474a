/**
 * The node embeddings φ on their first two principal components (computed in
 * the run), one trace per community in community order, in the communities'
 * colours of the graph drawing. Given the shown graph's assignment: none (an
 * empty chart with its note) until the run on screen belongs to that graph.
 */
import type { Data } from 'plotly.js-dist-min';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { AssignmentArtifact, GraphArtifact } from '../experiment';
import { communityColour } from '../palette';

export interface EmbeddingInput {
  assignment?: AssignmentArtifact | null;
  graph?: GraphArtifact | null;
}

/** One trace per community, in community order. */
function communityTraces(assignment: AssignmentArtifact, graph: GraphArtifact | null | undefined): Data[] {
  const byC = new Map<number, number[]>();
  assignment.community.forEach((c, i) => byC.set(c, [...(byC.get(c) ?? []), i]));
  return [...byC.entries()].sort((a, b) => a[0] - b[0]).map(([c, nodes]): Data => ({
    type: 'scatter', mode: 'markers', name: `community ${c}`,
    x: nodes.map((i) => assignment.embedding.x[i]), y: nodes.map((i) => assignment.embedding.y[i]),
    text: nodes.map((i) => `node ${graph?.names?.[i] ?? i}`), marker: { color: communityColour(c), size: 7 },
  }));
}

export function embeddingFigure({ assignment, graph }: EmbeddingInput): Figure {
  const data = assignment ? communityTraces(assignment, graph) : [];
  return {
    data,
    layout: {
      title: { text: 'Node embeddings φ (first two principal components)' }, xaxis: { title: { text: 'PC 1 (embedding units)' } }, yaxis: { title: { text: 'PC 2 (embedding units)' } },
      ...emptyNote(data.length === 0, 'Press Run: the embeddings of the trained model'),
    },
  };
}
