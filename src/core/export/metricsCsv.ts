/**
 * A run's metric rows as a table: one column per metric (in the order they
 * first appear), `step` first, empty cells where a row lacks a metric.
 */
import type { MetricRow } from '../runner/RunRecorder';

export function metricColumns(rows: readonly MetricRow[]): string[] {
  return [...new Set(rows.flatMap((r) => Object.keys(r.values)))];
}

const cell = (v: number | undefined) => (v === undefined ? '' : String(v));
const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function metricsCsv(rows: readonly MetricRow[]): string {
  const cols = metricColumns(rows);
  const lines = [['step', ...cols].map(quote).join(',')];
  for (const r of rows) lines.push([String(r.step), ...cols.map((c) => cell(r.values[c]))].join(','));
  return `${lines.join('\n')}\n`;
}

/** Rows as JSON with what a reader needs to know where they came from. */
export function metricsJson(rows: readonly MetricRow[], about: Record<string, unknown>): string {
  return JSON.stringify({ ...about, columns: ['step', ...metricColumns(rows)], rows }, null, 1);
}
