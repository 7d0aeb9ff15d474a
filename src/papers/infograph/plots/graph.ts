/**
 * The drawn graph. Before a run (and while the page shows its recorded run,
 * whose layout belongs to another seed's graph): the preview, one trace per
 * ground-truth node class (atom type, or degree) in the legend. Once the
 * reader's run has scored it: nodes coloured by their local-global score
 * T(h_u, H(G)) with their own graph. Edges are one line trace, segments split by nulls.
 */
import type { Data } from 'plotly.js-dist-min';
import type { Figure } from '../../../ui/figure';
import { paletteColour } from '../../../ui/plotTheme';
import type { NodeScores } from '../experiment';
import type { GraphPreview } from '../graphPreview';

export interface GraphFigureInput {
  /** The run's scores of its drawn graph, or null before the reader's own run. */
  scores: NodeScores | null;
  /** The graph for the current params, made without training; null while it is being made or cannot be. */
  preview: GraphPreview | null;
  /** Why the preview could not be made. */
  previewError?: string | null;
  /** The params ask for uploaded TU files: without a preview, the title asks for them. */
  uploadChosen?: boolean;
}

function edgeTrace(g: { edges: readonly (readonly [number, number])[] }, x: readonly number[], y: readonly number[]): Data {
  const ex: (number | null)[] = [], ey: (number | null)[] = [];
  for (const [u, v] of g.edges) {
    ex.push(x[u], x[v], null);
    ey.push(y[u], y[v], null);
  }
  return { type: 'scatter', mode: 'lines', x: ex, y: ey, line: { color: '#adb5bd', width: 1.5 }, hoverinfo: 'skip', showlegend: false };
}

/** The graph before any run: one trace per ground-truth node class, in the legend. */
export function groundTruthTraces(g: GraphPreview | null): Data[] {
  if (!g) return [];
  const values = [...new Set(g.nodeClass)].sort((a, b) => a - b);
  const name = (c: number) => (g.nodeLabelNames ? (g.nodeLabelNames[c] ?? `label ${c}`) : `degree ${c}`);
  return [
    edgeTrace(g.graph, g.x, g.y),
    ...values.map((c, k): Data => {
      const idx = g.nodeClass.flatMap((v, i) => (v === c ? [i] : []));
      return {
        type: 'scatter', mode: g.nodeLabelNames ? 'text+markers' : 'markers', name: name(c),
        x: idx.map((i) => g.x[i]), y: idx.map((i) => g.y[i]), text: idx.map(() => (g.nodeLabelNames ? name(c) : '')),
        hovertext: idx.map((i) => `node ${i}: ${name(c)}`), hoverinfo: 'text',
        textfont: { size: 9, color: 'white' }, marker: { size: 18, color: paletteColour(k) },
      };
    }),
  ];
}

/** The scored graph: nodes coloured by their local-global score. */
export function scoredTraces(s: NodeScores): Data[] {
  const names = s.nodeLabelNames;
  return [
    edgeTrace(s.graph, s.x, s.y),
    {
      type: 'scatter', mode: names ? 'text+markers' : 'markers', x: s.x, y: s.y, showlegend: false,
      text: s.scores.map((_, i) => (names ? names[s.graph.nodeLabels?.[i] ?? 0] : `node ${i}`)),
      hovertext: s.scores.map((v, i) => `node ${i}: score ${v.toFixed(2)}`),
      textfont: { size: 9, color: 'white' },
      marker: { size: 18, color: s.scores, colorscale: 'Viridis', showscale: true, colorbar: { title: { text: 'T(h_u, H(G))' } } },
    },
  ];
}

function title({ scores, preview, previewError, uploadChosen }: GraphFigureInput): string {
  if (scores) return `Graph ${scores.index} (${scores.className}): local-global score of each node, epoch ${scores.epoch}`;
  if (preview) return `Graph ${preview.index} of ${preview.info.count} (${preview.className}), nodes by ${preview.nodeLabelNames ? 'atom type' : 'degree'}`;
  if (previewError) return `The graph set could not be made: ${previewError}`;
  return uploadChosen ? 'Load TU files to draw one of their graphs' : 'Drawing the graph…';
}

export function graphFigure(input: GraphFigureInput): Figure {
  return {
    data: input.scores ? scoredTraces(input.scores) : groundTruthTraces(input.preview),
    layout: { title: { text: title(input) }, xaxis: { visible: false }, yaxis: { visible: false, scaleanchor: 'x' } },
  };
}
