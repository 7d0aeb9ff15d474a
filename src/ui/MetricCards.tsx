/** The latest numbers of a run, big and plain. */
export interface Metric {
  label: string;
  value: number | null | undefined;
  unit?: string;
  digits?: number;
}

export function formatMetric(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (v !== 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) return v.toExponential(digits - 1);
  return Number(v.toPrecision(digits)).toString();
}

export function MetricCards({ metrics }: { metrics: Metric[] }) {
  return (
    <div className="metric-cards">
      {metrics.map((m) => (
        <div className="metric-card" key={m.label} data-metric={m.label}>
          <div className="metric-value">
            {formatMetric(m.value, m.digits)}
            {m.unit ? <span className="unit"> {m.unit}</span> : null}
          </div>
          <div className="metric-label">{m.label}</div>
        </div>
      ))}
    </div>
  );
}
