/** Plotly traces for the panel's views, as pure functions of the run's artifacts and rows. */
import type { Data } from 'plotly.js-dist-min';
import type { EmbeddingMap, NodeScores } from './experiment';

const PALETTE = ['#1f5fbf', '#d9480f', '#2b8a3e', '#862e9c', '#c92a2a', '#5c940d'];

/** One trace per class: every graph is one point. */
export function mapTraces(map: EmbeddingMap | null): Data[] {
  if (!map) return [];
  return map.classNames.map((name, c) => {
    const idx = map.labels.map((y, i) => (y === c ? i : -1)).filter((i) => i >= 0);
    return { type: 'scatter', mode: 'markers', name, x: idx.map((i) => map.x[i]), y: idx.map((i) => map.y[i]), text: idx.map((i) => `graph ${i}`), marker: { size: 7, color: PALETTE[c % PALETTE.length], opacity: 0.8 } };
  });
}

/** Edges as one line trace (segments split by nulls), nodes coloured by their local-global score. */
export function graphTraces(s: NodeScores | null): Data[] {
  if (!s) return [];
  const ex: (number | null)[] = [], ey: (number | null)[] = [];
  for (const [u, v] of s.graph.edges) {
    ex.push(s.x[u], s.x[v], null);
    ey.push(s.y[u], s.y[v], null);
  }
  const names = s.nodeLabelNames;
  return [
    { type: 'scatter', mode: 'lines', x: ex, y: ey, line: { color: '#adb5bd', width: 1.5 }, hoverinfo: 'skip', showlegend: false },
    {
      type: 'scatter', mode: names ? 'text+markers' : 'markers', x: s.x, y: s.y, showlegend: false,
      text: s.scores.map((_, i) => (names ? names[s.graph.nodeLabels?.[i] ?? 0] : `node ${i}`)),
      hovertext: s.scores.map((v, i) => `node ${i}: score ${v.toFixed(2)}`),
      textfont: { size: 9, color: 'white' },
      marker: { size: 18, color: s.scores, colorscale: 'Viridis', showscale: true, colorbar: { title: { text: 'T(h_u, H(G))' } } },
    },
  ];
}
