/** Several runs' curves of one metric in one chart, with a metric picker. */
import { useMemo, useState } from 'react';
import type { Data } from 'plotly.js-dist-min';
import { metricColumns } from '../core/export/metricsCsv';
import { series, type MetricRow } from '../core/runner/RunRecorder';
import { Plot } from './Plot';

export interface CurveSet {
  label: string;
  rows: readonly MetricRow[];
  dash?: 'solid' | 'dot';
}

const HIDDEN = new Set(['segment']);

export function RunsCompare({ name, sets, title }: { name: string; sets: readonly CurveSet[]; title: string }) {
  const metrics = useMemo(() => metricColumns(sets.flatMap((s) => s.rows)).filter((m) => !HIDDEN.has(m)), [sets]);
  const [chosen, setChosen] = useState<string | null>(null);
  const metric = chosen && metrics.includes(chosen) ? chosen : (metrics[0] ?? null);
  const data = useMemo<Data[]>(
    () =>
      metric === null
        ? []
        : sets.map((s) => {
            const { x, y } = series(s.rows, metric);
            return { type: 'scatter', mode: x.length > 60 ? 'lines' : 'lines+markers', x, y, name: s.label, line: { dash: s.dash ?? 'solid' } };
          }),
    [sets, metric],
  );
  if (metric === null) return <p className="hint">These runs recorded no metrics.</p>;
  return (
    <div className="runs-compare">
      <label>
        Metric{' '}
        <select data-testid="compare-metric" value={metric} onChange={(e) => setChosen(e.target.value)}>
          {metrics.map((m) => (
            <option key={m} value={m}>{m}</option>
          ))}
        </select>
      </label>
      <Plot name={name} height={300} data={data} layout={{ title: { text: title }, xaxis: { title: { text: 'step' } }, yaxis: { title: { text: metric } }, showlegend: true }} />
    </div>
  );
}
