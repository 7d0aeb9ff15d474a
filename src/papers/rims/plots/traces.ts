/**
 * The RIMs panel's time series as pure functions of a recording, so the same
 * traces are drawn from the reader's run and, faded, from the recorded run.
 */
import type { Data } from 'plotly.js-dist-min';
import type { MetricRow } from '../../../core/runner/RunRecorder';
import type { EvalPoint, ModelName } from '../experiment';

export const MODEL_COLOR: Record<ModelName, string> = { rims: '#1f5fbf', lstm: '#b3261e' };
export const MODEL_NAME: Record<ModelName, string> = { rims: 'RIMs', lstm: 'LSTM' };
const MODELS = ['rims', 'lstm'] as const;
const LOSS_KEY = { rims: 'rimsLoss', lstm: 'lstmLoss' } as const;

/** Training loss per step of each model (models without rows are left out). */
export function trainingTraces(rows: readonly MetricRow[]): Data[] {
  return MODELS.flatMap((m): Data[] => {
    const pts = rows.filter((r) => r.values[LOSS_KEY[m]] !== undefined);
    if (!pts.length) return [];
    return [{ type: 'scatter', mode: 'lines', name: MODEL_NAME[m], x: pts.map((r) => r.step), y: pts.map((r) => r.values[LOSS_KEY[m]]), line: { color: MODEL_COLOR[m] } }];
  });
}

/** Test loss of each model at each evaluation, one line per test length (solid at the training length, dotted beyond). */
export function testCurveTraces(evals: readonly EvalPoint[], labels: readonly string[]): Data[] {
  return MODELS.flatMap((m) =>
    labels.flatMap((l, i): Data[] => {
      const pts = evals.filter((p) => p.model === m && p.set === i);
      if (!pts.length) return [];
      return [{ type: 'scatter', mode: 'lines+markers', name: `${MODEL_NAME[m]} ${l}`, x: pts.map((p) => p.step), y: pts.map((p) => p.loss), line: { color: MODEL_COLOR[m], dash: i === 0 ? 'solid' : 'dot' } }];
    }),
  );
}

/** Accuracy (or squared error for adding) of each model per test length at the latest evaluation. */
export function byLengthTraces(evals: readonly EvalPoint[], labels: readonly string[], classify: boolean): Data[] {
  const lastStep = evals.length ? evals[evals.length - 1].step : null;
  return MODELS.flatMap((m): Data[] => {
    const now = evals.filter((p) => p.step === lastStep && p.model === m);
    if (!now.length) return [];
    return [{ type: 'bar', name: MODEL_NAME[m], x: now.map((p) => labels[p.set]), y: now.map((p) => (classify ? p.accuracy : p.loss)), marker: { color: MODEL_COLOR[m] } }];
  });
}
