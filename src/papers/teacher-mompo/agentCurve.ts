/**
 * One agent trained for a claim (agentExperiment.ts, through presetRun), read
 * as its evaluation curve: env steps, success, task return and the
 * evaluation statistics (the humanoid's head height, speed) at each
 * evaluation. Every training claim measures through it.
 */
import type { ClaimContext } from '../../core/claims';
import { metric, series, type MetricRow } from '../../core/runner/RunRecorder';
import { presetRun } from '../../core/runner/presetRun';
import { agentExperiment, type AgentParams } from './agentExperiment';
import type { TeacherMetric } from './experiment';
import type { EvalStatName } from './rollout';

export interface Curve {
  steps: number[];
  success: number[];
  taskReturn: number[];
  /** The evaluation statistics the agent's domain reports, one value per evaluation. */
  stats: Partial<Record<EvalStatName, number[]>>;
  seconds: number;
}

const STATS: readonly EvalStatName[] = ['headHeight', 'speed'];

/** The curve of a finished agent's rows: its evaluation rows, those that carry a success rate. */
export function curveOf(rows: readonly MetricRow<TeacherMetric>[], seconds: number): Curve {
  const evals = rows.filter((r) => metric(r, 'success') !== undefined);
  const stats: Curve['stats'] = {};
  for (const name of STATS) {
    const { y } = series(evals, name);
    if (y.length) stats[name] = y;
  }
  return { steps: evals.map((r) => r.step), success: series(evals, 'success').y, taskReturn: series(evals, 'taskReturn').y, stats, seconds };
}

export interface CurveOptions {
  /** This run's share of the claim's progress: run `at` of `of`. */
  part?: { at: number; of: number };
  /** The run seed (default: the claim's). */
  seed?: number;
  /** Said before the agent's own progress label (e.g. the seed). */
  label?: string;
}

/** Trains one agent on a preset with overrides and returns its evaluation curve. */
export async function agentCurve(ctx: ClaimContext, preset: string, overrides: Partial<AgentParams>, o: CurveOptions = {}): Promise<Curve> {
  const part = o.part ?? { at: 0, of: 1 };
  const run = await presetRun(agentExperiment, preset, overrides, {
    tf: ctx.tf, backend: ctx.backend, seed: o.seed ?? ctx.rng.seed, signal: ctx.signal,
    onProgress: (f, label) => ctx.onProgress?.((part.at + f) / part.of, o.label && label ? `${o.label}, ${label}` : label),
  });
  return curveOf(run.recording.rows, run.seconds);
}

/**
 * The same agent trained with its teachers and without (same preset, seed and
 * env steps): the humanoid claims' comparison. `pair` places it among the
 * claim's pairs for progress (pair `at` of `of`).
 */
export async function withAndWithoutTeachers(
  ctx: ClaimContext,
  preset: string,
  o: { seed?: number; label?: string; pair?: { at: number; of: number } } = {},
): Promise<{ teach: Curve; base: Curve }> {
  const { at, of } = o.pair ?? { at: 0, of: 1 };
  const teach = await agentCurve(ctx, preset, { withTeachers: true }, { seed: o.seed, label: o.label, part: { at: 2 * at, of: 2 * of } });
  const base = await agentCurve(ctx, preset, { withTeachers: false }, { seed: o.seed, label: o.label, part: { at: 2 * at + 1, of: 2 * of } });
  return { teach, base };
}
