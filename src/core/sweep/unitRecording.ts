/**
 * One unit of an experiment (a model of a family, an agent of a run) as a
 * sweep point, run through the experiment's own event generator: the point
 * keeps the metrics rows the unit yields, in order, and the latest value of
 * the artifacts it names, as plain data for the wire; the merge replays the
 * units in the experiment's order. So the rows are built once, by the
 * experiment, and a merged sweep holds the rows a one-process run records.
 */
import { ExperimentError, type ArtifactEvent, type RunEvent } from '../experiment';
import { nonFiniteMessage } from '../runner/driveExperiment';
import type { MetricRow } from '../runner/RunRecorder';
import type { MergedRecording, PointContext } from './grid';
import { checkPlain, isRecord } from './plainData';

/** What one unit yielded: its metrics rows in order, and the kept artifacts' latest values. */
export interface UnitRecording {
  rows: MetricRow[];
  /** Plain JSON data only: objects, arrays, strings, booleans, null and finite numbers. */
  artifacts: Record<string, unknown>;
}

export interface RecordUnitOptions<A extends object> {
  /** The unit's fraction done at one of its progress events (which count in the whole run's units). */
  progress(done: number, total: number): number;
  /** Artifacts kept as they are (they must be plain JSON data; typed arrays are not). */
  keep?: readonly (keyof A & string)[];
  /** Every artifact event, typed, for what the grid keeps its own way (weights, a result). */
  onArtifact?(e: ArtifactEvent<A>): void;
}

/** Runs a unit's events to their end; throws when a metric is not finite (as the one-process driver stops) or the point was stopped. */
export async function recordUnit<A extends object, M extends string, T>(
  events: AsyncGenerator<RunEvent<A, M>, T | undefined, void>,
  ctx: Pick<PointContext, 'signal' | 'progress' | 'checkpoint'>,
  o: RecordUnitOptions<A>,
): Promise<{ unit: UnitRecording; value: T | undefined }> {
  const rows: MetricRow[] = [];
  const artifacts: Record<string, unknown> = {};
  const keep = new Set<string>(o.keep ?? []);
  let finished = false;
  try {
    for (;;) {
      const it = await events.next();
      if (it.done) {
        finished = true;
        if (ctx.signal.aborted) throw new ExperimentError('the point was stopped');
        return { unit: { rows, artifacts }, value: it.value };
      }
      const e = it.value;
      if (e.kind === 'metrics') {
        const values: Record<string, number> = {};
        for (const [k, v] of Object.entries(e.values)) {
          if (typeof v !== 'number') continue;
          if (!Number.isFinite(v)) throw new ExperimentError(nonFiniteMessage(e.step, k, v));
          values[k] = v;
        }
        rows.push({ step: e.step, values });
        await ctx.checkpoint();
      } else if (e.kind === 'progress') {
        ctx.progress(o.progress(e.done, e.total));
      } else if (e.kind === 'artifact') {
        o.onArtifact?.(e);
        if (keep.has(e.name)) artifacts[e.name] = checkPlain(e.data, `artifact '${e.name}'`);
      }
    }
  } finally {
    // Stopped early (a non-finite metric, an abort): the unit's own cleanup (disposing its model) runs.
    if (!finished) await events.return(undefined);
  }
}

/** A unit recording from the wire, checked; `what` names it in the message. */
export function checkUnitRecording(x: unknown, what: string): UnitRecording {
  if (!isRecord(x) || !Array.isArray(x.rows) || !isRecord(x.artifacts)) throw new ExperimentError(`${what}: needs rows and artifacts`);
  const rows = x.rows.map((r, i): MetricRow => {
    if (!isRecord(r) || typeof r.step !== 'number' || !Number.isFinite(r.step) || !isRecord(r.values)) throw new ExperimentError(`${what}: row ${i} needs a step and values`);
    const values: Record<string, number> = {};
    for (const [k, v] of Object.entries(r.values)) {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new ExperimentError(`${what}: row ${i}: ${k} is not a finite number`);
      values[k] = v;
    }
    return { step: r.step, values };
  });
  const artifacts: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x.artifacts)) artifacts[k] = checkPlain(v, `${what}: artifact '${k}'`);
  return { rows, artifacts };
}

/** The units' rows one after another and their artifacts, a later unit's replacing an earlier one's of the same name, as the recorder keeps them. */
export function replayUnits(units: readonly UnitRecording[]): MergedRecording {
  const rows: MetricRow[] = [];
  const artifacts: Record<string, unknown> = {};
  for (const u of units) {
    rows.push(...u.rows);
    Object.assign(artifacts, u.artifacts);
  }
  return { rows, artifacts };
}
