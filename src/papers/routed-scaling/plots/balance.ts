/**
 * Load balance and overflow of the routed models' training steps over the
 * run's steps (the metrics rows' step, so live changes line up with them).
 * Dense models' steps are kept as gaps (no value), so the axis spans the
 * whole sweep from its first step; a break separates consecutive models.
 */
import { metric } from '../../../core/runner/RunRecorder';
import type { Figure } from '../../../ui/figure';
import type { RoutedRecording } from '../experiment';

export function balanceFigure(rec: Pick<RoutedRecording, 'rows'>): Figure {
  const x: (number | null)[] = [], balance: (number | null)[] = [], dropped: (number | null)[] = [];
  let lastRun: number | undefined;
  for (const r of rec.rows) {
    const b = metric(r, 'balance');
    if (b === undefined) continue;
    const run = metric(r, 'run');
    if (lastRun !== undefined && run !== lastRun) {
      x.push(null);
      balance.push(null);
      dropped.push(null);
    }
    lastRun = run;
    const routed = (metric(r, 'E') ?? 1) > 1;
    const d = metric(r, 'dropped');
    x.push(r.step);
    balance.push(routed ? b : null);
    dropped.push(routed && d !== undefined ? 100 * d : null);
  }
  return {
    data: [
      { type: 'scatter', mode: 'lines', x, y: balance, name: 'max / mean load' },
      { type: 'scatter', mode: 'lines', x, y: dropped, name: 'overflow %', yaxis: 'y2' },
    ],
    layout: {
      title: { text: 'Load balance and overflow, routed training steps' }, xaxis: { title: { text: 'step of the sweep (gaps: dense models)' } },
      yaxis: { title: { text: 'max / mean load' }, rangemode: 'tozero' }, yaxis2: { title: { text: 'overflow %' }, rangemode: 'tozero' },
    },
  };
}
