/**
 * Multiple-choice accuracy of each task family against model size (Rae et
 * al. 2021, Figure 4's question), with each family's chance level: known
 * before any run, so the chart is never empty.
 */
import type { Data } from 'plotly.js-dist-min';
import type { Figure } from '../../../ui/figure';
import { paletteColour } from '../../../ui/plotTheme';
import type { GopherRecording } from '../experiment';
import { CHANCE, TASK_FAMILIES } from '../tasks';

/** `chance: false` leaves out the chance lines (a compared run's are the same). */
export function familiesFigure(rec: Pick<GopherRecording, 'artifacts'>, o: { chance: boolean } = { chance: true }): Figure {
  const results = rec.artifacts.results ?? [];
  const xs = results.map((r) => r.N);
  const span = xs.length ? [Math.min(...xs), Math.max(...xs)] : [1e3, 1e6];
  const lines: Data[] = TASK_FAMILIES.map((f, i) => ({
    type: 'scatter', mode: 'lines+markers', x: xs, y: results.map((r) => r.scores[f]), name: f, line: { color: paletteColour(i) },
  }));
  const chance: Data[] = TASK_FAMILIES.map((f, i) => ({
    type: 'scatter', mode: 'lines', x: span, y: [CHANCE[f], CHANCE[f]], name: `${f} chance`, showlegend: false, hoverinfo: 'name',
    line: { color: paletteColour(i), dash: 'dash', width: 1 }, opacity: 0.5,
  }));
  return {
    data: o.chance ? [...lines, ...chance] : lines,
    layout: {
      title: { text: 'Accuracy per task family vs size (dashed: chance)' },
      xaxis: { type: 'log', dtick: 'D2', title: { text: 'parameters N' } }, yaxis: { title: { text: 'multiple-choice accuracy' }, range: [0, 1] },
    },
  };
}
