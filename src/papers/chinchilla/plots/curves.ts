/**
 * Approach 1 (Hoffmann et al. 2022, Figure 2): every run's smoothed training
 * curve against the FLOPs spent, coloured by its budget, and the lower
 * envelope the approach fits its power law to.
 */
import type { Data } from 'plotly.js-dist-min';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import { paletteColour } from '../../../ui/plotTheme';
import type { ChinchillaRecording } from '../experiment';

export function curvesFigure(rec: Pick<ChinchillaRecording, 'artifacts'>): Figure {
  const runs = rec.artifacts.runs ?? [];
  const data: Data[] = runs.map((r) => ({
    type: 'scatter', mode: 'lines', x: r.curve.map((p) => p.flops), y: r.curve.map((p) => p.loss),
    name: `N=${r.N}, C=${r.C.toExponential(1)}`, line: { color: paletteColour(r.budget), width: 1.5 }, opacity: 0.8,
  }));
  const envelope = rec.artifacts.analysis?.approach1.result?.envelope;
  if (envelope?.length) {
    data.push({ type: 'scatter', mode: 'markers', x: envelope.map((e) => e.C), y: envelope.map((e) => e.loss), name: 'envelope (Approach 1)', marker: { color: 'black', size: 3 } });
  }
  return {
    data,
    layout: {
      title: { text: 'Training curves and their envelope (Approach 1)' },
      xaxis: { type: 'log', dtick: 'D2', title: { text: 'compute C (FLOPs)' } }, yaxis: { title: { text: 'training loss (nats/char)' } }, showlegend: false,
      ...emptyNote(runs.length === 0, 'Press Run: each point is one model trained on exactly its budget'),
    },
  };
}
