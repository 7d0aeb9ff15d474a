/** Held-out loss of each trained model against its parameters, with the power-law fit L ∝ N^exponent. */
import type { Data } from 'plotly.js-dist-min';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { GopherRecording } from '../experiment';

export function lossVsSizeFigure(rec: Pick<GopherRecording, 'artifacts'>): Figure {
  const { results = [], lossFit } = rec.artifacts;
  const data: Data[] = [{ type: 'scatter', mode: 'markers+text', x: results.map((r) => r.N), y: results.map((r) => r.evalLoss), text: results.map((r) => r.name), textposition: 'top center', name: 'eval loss', marker: { size: 10 } }];
  if (lossFit && results.length >= 2) {
    const ns = [Math.min(...results.map((r) => r.N)), Math.max(...results.map((r) => r.N))];
    data.push({ type: 'scatter', mode: 'lines', x: ns, y: ns.map((n) => lossFit.coef * n ** lossFit.exponent), name: `fit: L ∝ N^${lossFit.exponent.toFixed(3)} (R² ${lossFit.r2.toFixed(2)})`, line: { dash: 'dot' } });
  }
  return {
    data,
    layout: {
      title: { text: 'Evaluation loss vs parameters' },
      xaxis: { type: 'log', dtick: 'D2', title: { text: 'parameters N' } }, yaxis: { type: 'log', title: { text: 'held-out loss (nats/char)' } }, showlegend: false,
      ...emptyNote(results.length === 0, 'Press Run: one point per model once it is evaluated'),
    },
  };
}
