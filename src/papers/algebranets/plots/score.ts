/**
 * What the charts and cards call a net's score: held-out accuracy in % on
 * digits (task A), bits per character on text (task B, lower is better).
 */
import type { AlgebraParams } from '../params';
import type { AlgebraRecording, RunResult } from '../experiment';

export type AlgebraTask = AlgebraParams['task'];

export function score(r: RunResult): number {
  return r.task === 'chars' ? r.bpc : 100 * r.accuracy;
}

export function scoreLabel(task: AlgebraTask): string {
  return task === 'chars' ? 'held-out bits per character (lower is better)' : 'held-out accuracy (%)';
}

/** The task a recording's nets were trained on; before its first event, the params'. */
export function taskOf(rec: Pick<AlgebraRecording, 'artifacts'>, params: Pick<AlgebraParams, 'task'>): AlgebraTask {
  return rec.artifacts.runs?.[0]?.task ?? params.task;
}

/** The best net of an evaluation by its task's score, or null before one. */
export function bestResult(results: readonly RunResult[]): RunResult | null {
  if (!results.length) return null;
  const better = (a: RunResult, b: RunResult) => (b.task === 'chars' ? score(b) < score(a) : score(b) > score(a));
  return results.reduce((a, b) => (better(a, b) ? b : a));
}
