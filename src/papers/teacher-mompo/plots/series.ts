/** A metric's points over the rows that carry it: x = the row's step (env steps), y = its value. */
import type { MetricRow } from '../../../core/runner/RunRecorder';

export interface Series {
  x: number[];
  y: number[];
}

export function series(rows: readonly MetricRow[], key: string): Series {
  const pts = rows.filter((r) => r.values[key] !== undefined);
  return { x: pts.map((r) => r.step), y: pts.map((r) => r.values[key]) };
}

/** The last value of a metric, or undefined when no row has it. */
export function lastValue(rows: readonly MetricRow[], key: string): number | undefined {
  return rows.findLast((r) => r.values[key] !== undefined)?.values[key];
}
