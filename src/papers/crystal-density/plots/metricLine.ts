/**
 * One metric of a run as a line over its steps, from the rows that carry it:
 * markers alone while there is a single point (a line of one point draws nothing).
 */
import type { ScatterData } from 'plotly.js-dist-min';
import { metric, type MetricRow } from '../../../core/runner/RunRecorder';
import type { CrystalMetric } from '../experiment';

export function metricLine(rows: readonly MetricRow<CrystalMetric>[], key: CrystalMetric, name: string, extra: Partial<ScatterData> = {}): Partial<ScatterData> {
  const x: number[] = [];
  const y: number[] = [];
  for (const r of rows) {
    const v = metric(r, key);
    if (v === undefined) continue;
    x.push(r.step);
    y.push(v);
  }
  return { type: 'scatter', mode: x.length > 1 ? 'lines' : 'markers', name, x, y, ...extra };
}
