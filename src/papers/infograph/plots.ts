/** Plotly traces for the panel's views, as pure functions of the run's artifacts and rows. */
import type { Data } from 'plotly.js-dist-min';
import type { MetricRow } from '../../core/runner/RunRecorder';
import type { EmbeddingMap, NodeScores } from './experiment';
import type { GraphPreview } from './graphPreview';

const PALETTE = ['#1f5fbf', '#d9480f', '#2b8a3e', '#862e9c', '#c92a2a', '#5c940d'];

/** One trace per class: every graph is one point. */
export function mapTraces(map: EmbeddingMap | null): Data[] {
  if (!map) return [];
  return map.classNames.map((name, c) => {
    const idx = map.labels.map((y, i) => (y === c ? i : -1)).filter((i) => i >= 0);
    return { type: 'scatter', mode: 'markers', name, x: idx.map((i) => map.x[i]), y: idx.map((i) => map.y[i]), text: idx.map((i) => `graph ${i}`), marker: { size: 7, color: PALETTE[c % PALETTE.length], opacity: 0.8 } };
  });
}

/** The JSD MI estimate per step and the linear-probe accuracy at each map epoch (right axis). */
export function trainingCurves(rows: readonly MetricRow[]): Data[] {
  const mi = rows.filter((r) => r.values.mi !== undefined);
  const probe = rows.filter((r) => r.values.probe !== undefined);
  return [
    { type: 'scatter', mode: 'lines', name: 'JSD MI estimate (batch)', x: mi.map((r) => r.step), y: mi.map((r) => r.values.mi) },
    { type: 'scatter', mode: 'lines+markers', name: 'linear-probe accuracy', x: probe.map((r) => r.step), y: probe.map((r) => r.values.probe), yaxis: 'y2' },
  ];
}

/** A graph's edges as one line trace, segments split by nulls. */
function edgeTrace(g: { edges: readonly (readonly [number, number])[] }, x: readonly number[], y: readonly number[]): Data {
  const ex: (number | null)[] = [], ey: (number | null)[] = [];
  for (const [u, v] of g.edges) {
    ex.push(x[u], x[v], null);
    ey.push(y[u], y[v], null);
  }
  return { type: 'scatter', mode: 'lines', x: ex, y: ey, line: { color: '#adb5bd', width: 1.5 }, hoverinfo: 'skip', showlegend: false };
}

/** The graph before any run: one trace per ground-truth node class (atom type, or degree), in the legend. */
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
        textfont: { size: 9, color: 'white' }, marker: { size: 18, color: PALETTE[k % PALETTE.length] },
      };
    }),
  ];
}

/** Edges as one line trace (segments split by nulls), nodes coloured by their local-global score. */
export function graphTraces(s: NodeScores | null): Data[] {
  if (!s) return [];
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
