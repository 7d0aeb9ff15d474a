/**
 * What the RIMs panel reads from a recording (a live run's, or the recorded
 * run's), in one place: the rows and the typed artifacts the experiment emits
 * (`models`, `evals`, `activity`; see experiment.ts).
 */
import type { MetricRow } from '../../core/runner/RunRecorder';
import type { Activity, EvalPoint, ModelsInfo } from './experiment';

export interface RimsRecording {
  rows: readonly MetricRow[];
  info: ModelsInfo | null;
  evals: EvalPoint[];
  activity: Activity | null;
}

export function rimsRecording(rec: { rows: readonly MetricRow[]; artifacts: Readonly<Record<string, unknown>> }): RimsRecording {
  const a = rec.artifacts;
  return {
    rows: rec.rows,
    info: (a.models as ModelsInfo | undefined) ?? null,
    evals: (a.evals as EvalPoint[] | undefined) ?? [],
    activity: (a.activity as Activity | undefined) ?? null,
  };
}
