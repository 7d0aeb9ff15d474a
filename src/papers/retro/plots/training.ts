/**
 * The training curves of a RETRO run: held-out bits per character of the
 * baseline, RETRO [Off] and RETRO [On] every `evalEvery` steps, and both
 * models' training loss on the same batches (nats converted to bits).
 */
import type { Data } from 'plotly.js-dist-min';
import type { MetricRow } from '../../../core/runner/RunRecorder';
import { BASE, OFF, ON } from './colours';

export function bpcCurveTraces(rows: readonly MetricRow[]): Data[] {
  const pts = rows.filter((r) => r.values.bpcOn !== undefined);
  const x = pts.map((r) => r.step);
  return [
    { type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => r.values.bpcBase), name: 'baseline', line: { color: BASE } },
    { type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => r.values.bpcOff), name: 'RETRO [Off]', line: { color: OFF, dash: 'dot' } },
    { type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => r.values.bpcOn), name: 'RETRO [On]', line: { color: ON } },
  ];
}

export function trainLossTraces(rows: readonly MetricRow[]): Data[] {
  const pts = rows.filter((r) => r.values.baseLoss !== undefined);
  const x = pts.map((r) => r.step);
  return [
    { type: 'scatter', mode: 'lines', x, y: pts.map((r) => r.values.baseLoss / Math.LN2), name: 'baseline', line: { color: BASE } },
    { type: 'scatter', mode: 'lines', x, y: pts.map((r) => r.values.retroLoss / Math.LN2), name: 'RETRO', line: { color: ON } },
  ];
}
