/** One line per net of a run-keyed metric (`loss:M2R`) against the step, for the training charts. */
import type { Data } from 'plotly.js-dist-min';
import { metric } from '../../../core/runner/RunRecorder';
import { runMetric, type AlgebraRecording, type RunMetricKind, type RunSpec } from '../experiment';

/** `smooth` is the exponential moving average's weight on the past (0: raw); `scale` multiplies each value. */
export function runCurves(rows: AlgebraRecording['rows'], specs: readonly RunSpec[], kind: RunMetricKind, smooth = 0, scale = 1): Data[] {
  return specs.map((s) => {
    const key = runMetric(kind, s.key);
    const x: number[] = [], y: number[] = [];
    let ema: number | null = null;
    for (const r of rows) {
      const v = metric(r, key);
      if (v === undefined) continue;
      ema = ema === null ? v : smooth * ema + (1 - smooth) * v;
      x.push(r.step);
      y.push(scale * ema);
    }
    return { type: 'scatter', mode: 'lines', x, y, name: s.key };
  });
}
