/**
 * Training loss by sweep step, one line per run, coloured by its budget
 * (legend-free: hover names the run). The x axis is the run's step, so live
 * changes are marked on it.
 */
import type { Data } from 'plotly.js-dist-min';
import { seriesBy } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import { paletteColour } from '../../../ui/plotTheme';
import type { ChinchillaRecording } from '../experiment';

export function sweepLossFigure(rec: Pick<ChinchillaRecording, 'rows' | 'artifacts'>): Figure {
  const byRun = seriesBy(rec.rows, 'loss', 'run');
  const plan = rec.artifacts.plan;
  const data: Data[] = [...byRun.entries()].map(([runIndex, s]) => {
    const p = plan?.runs[runIndex];
    return {
      type: 'scatter', mode: 'lines', x: s.x, y: s.y, name: p ? `N=${p.N}, C=${p.C.toExponential(1)}` : `run ${runIndex + 1}`,
      line: { color: p ? paletteColour(p.budget) : undefined, width: 1.2 },
    };
  });
  return {
    data,
    layout: {
      title: { text: 'Training loss over the sweep, one line per run (colour: budget)' },
      xaxis: { title: { text: 'sweep step' } }, yaxis: { title: { text: 'training loss (nats/char)' } }, showlegend: false,
      ...emptyNote(data.length === 0, 'Press Run: one line per model as it trains'),
    },
  };
}
