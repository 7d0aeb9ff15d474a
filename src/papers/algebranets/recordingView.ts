/**
 * What the AlgebraNets panel reads from a recording (a live run's, or the
 * recorded run's), in one place: the rows and the typed artifacts the
 * experiment emits (`runs`, `results`; see experiment.ts).
 */
import type { MetricRow } from '../../core/runner/RunRecorder';
import type { RunResult, RunSpec } from './experiment';

export interface AlgebraRecording {
  rows: readonly MetricRow[];
  specs: RunSpec[];
  results: RunResult[];
}

export function algebraRecording(rec: { rows: readonly MetricRow[]; artifacts: Readonly<Record<string, unknown>> }): AlgebraRecording {
  return {
    rows: rec.rows,
    specs: (rec.artifacts.runs as RunSpec[] | undefined) ?? [],
    results: (rec.artifacts.results as RunResult[] | undefined) ?? [],
  };
}
