/** The reader's CSV fit: fitted against observed loss for each point, coloured by its compute, beside the line of a perfect fit. */
import type { Figure } from '../../../ui/figure';
import { predictLoss, type LossLaw, type LossPoint } from '../fit';

export function csvResidualsFigure(points: readonly LossPoint[], fit: LossLaw): Figure {
  const predicted = points.map((p) => predictLoss(p.N, p.D, fit));
  const lo = Math.min(...points.map((p) => p.loss), ...predicted);
  const hi = Math.max(...points.map((p) => p.loss), ...predicted);
  return {
    data: [
      {
        type: 'scatter', mode: 'markers', x: points.map((p) => p.loss), y: predicted, name: 'points',
        marker: { color: points.map((p) => Math.log10(6 * p.N * p.D)), colorscale: 'Viridis', showscale: true, colorbar: { title: { text: 'log10 C' } } },
      },
      { type: 'scatter', mode: 'lines', x: [lo, hi], y: [lo, hi], name: 'perfect fit', line: { dash: 'dot', color: 'gray' } },
    ],
    layout: { title: { text: 'Fitted vs observed loss' }, xaxis: { title: { text: 'observed' } }, yaxis: { title: { text: 'fitted' } }, showlegend: false },
  };
}
