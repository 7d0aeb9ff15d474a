/** The reader's CSV fit: their runs in (N, D), coloured by loss, and the compute-optimal frontier of the fitted law across their compute range. */
import type { Figure } from '../../../ui/figure';
import { computeOptimal, type LossLaw, type LossPoint } from '../fit';

const FRONTIER_POINTS = 30;

export function csvFrontierFigure(points: readonly LossPoint[], fit: LossLaw): Figure {
  const cs = points.map((p) => 6 * p.N * p.D);
  const cMin = Math.min(...cs), cMax = Math.max(...cs);
  const optima = Array.from({ length: FRONTIER_POINTS }, (_, i) => computeOptimal(cMin * (cMax / cMin) ** (i / (FRONTIER_POINTS - 1)), fit));
  return {
    data: [
      {
        type: 'scatter', mode: 'markers', x: points.map((p) => p.N), y: points.map((p) => p.D), name: 'your runs',
        marker: { color: points.map((p) => p.loss), colorscale: 'Viridis', reversescale: true, showscale: true, colorbar: { title: { text: 'loss' } } },
      },
      { type: 'scatter', mode: 'lines', x: optima.map((o) => o.N), y: optima.map((o) => o.D), name: 'fitted frontier', line: { color: '#ef4444', width: 3 } },
    ],
    layout: { title: { text: 'Your runs and the fitted frontier' }, xaxis: { type: 'log', title: { text: 'N' } }, yaxis: { type: 'log', title: { text: 'D' } }, showlegend: false },
  };
}
