/**
 * Training loss by step of each model of the sweep, one line per model,
 * coloured by router and shaded by expert count (the plan names each line).
 */
import type { Data } from 'plotly.js-dist-min';
import { metric } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { RoutedRecording } from '../experiment';
import { ROUTER_LABELS } from '../router';
import type { PlannedRun } from '../sweepPlan';
import { ROUTER_COLOURS } from './routerColours';

export const routerName = (r: PlannedRun['router']): string => (r === 'dense' ? 'dense' : ROUTER_LABELS[r]);

export function trainingFigure(rec: Pick<RoutedRecording, 'rows' | 'artifacts'>): Figure {
  const plan = rec.artifacts.plan ?? [];
  const byRun = new Map<number, number[]>();
  for (const r of rec.rows) {
    const loss = metric(r, 'loss');
    const run = metric(r, 'run');
    if (loss === undefined || run === undefined) continue;
    const list = byRun.get(run) ?? [];
    list.push(loss);
    byRun.set(run, list);
  }
  const data: Data[] = [...byRun.entries()].map(([i, ys]) => {
    const p = plan[i];
    return {
      type: 'scatter', mode: 'lines', x: ys.map((_, s) => s + 1), y: ys,
      name: p ? `d=${p.width} E=${p.E} ${routerName(p.router)}` : `model ${i + 1}`,
      line: { color: p ? ROUTER_COLOURS[p.router] : undefined, width: 1 }, opacity: p && p.E > 1 ? 0.4 + (0.6 * Math.log2(p.E)) / 4 : 1,
    };
  });
  return {
    data,
    layout: {
      title: { text: 'Training loss by step, per model' }, xaxis: { title: { text: 'step of that model' } }, yaxis: { title: { text: 'training loss (nats/char)' } }, showlegend: false,
      ...emptyNote(rec.rows.length === 0, 'Press Run: a point per trained model'),
    },
  };
}
