/**
 * The merged run file: the grid's merge of every point that finished, as the
 * notebook's own `.run.json` (history/runFile.ts), so *Import run…* opens it
 * and *Share with results* makes it a link. The sweep's provenance (id, code
 * version, which worker ran each point, the points that failed and why) sits
 * beside the run under `sweep`; the reader ignores it, so the format stays
 * version 1. A sweep with missing points is recorded with end 'error' and a
 * message naming them.
 */
import { keepSmallArtifacts, type RunRecord } from '../history/runRecord';
import { runToFile } from '../history/runFile';
import type { MetricRow } from '../runner/RunRecorder';
import type { BoundSweep, MergedRecording, PointInfo } from './grid';
import type { PointDone } from './pointJob';

export interface PointFailure {
  point: number;
  label: string;
  message: string;
  attempts: number;
}

export type SweepEngine = 'local' | 'bullmq' | 'one-process';

export interface SweepProvenance {
  id: string;
  slug: string;
  /** The paper's link query the sweep ran. */
  query: string;
  commit: string;
  /** 'local' (worker processes), 'bullmq' (jobs on Redis) or 'one-process' (the experiment itself, the reference). */
  engine: SweepEngine;
  points: number;
  completed: number;
  failed: PointFailure[];
  /** Each point that finished: who ran it, on which backend, in how long (wall and CPU ms). */
  ran: { point: number; worker: string; backend: string; ms: number; cpuMs?: number }[];
  /** Wall time from submission to merge, ms (summed over resumes it is not). */
  wallMs: number;
}

export interface MergeInput {
  sweep: BoundSweep;
  id: string;
  query: string;
  commit: string;
  engine: SweepEngine;
  points: readonly PointInfo[];
  done: ReadonlyMap<number, PointDone>;
  failed: readonly PointFailure[];
  wallMs: number;
  /** When the merge happened, ms since the epoch. */
  now: number;
}

/** Which points are missing and why; points that failed with the same message are listed together. */
export function missingMessage(points: readonly PointInfo[], failed: readonly PointFailure[], done: ReadonlyMap<number, PointDone>): string | undefined {
  const missing = points.map((_, i) => i).filter((i) => !done.has(i));
  if (missing.length === 0) return undefined;
  const why = new Map(failed.map((f) => [f.point, f] as const));
  const groups = new Map<string, number[]>();
  for (const i of missing) {
    const f = why.get(i);
    const reason = f ? `${f.message}; ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}` : 'no result';
    groups.set(reason, [...(groups.get(reason) ?? []), i]);
  }
  const items = [...groups].map(([reason, idx]) => {
    const which = idx.length <= 4 ? idx.map((i) => `#${i} ${points[i].label}`).join(', ') : `#${idx.join(', #')}`;
    return `${which} (${reason})`;
  });
  return `Sweep incomplete: ${missing.length} of ${points.length} points missing: ${items.join('; ')}.`;
}

/** A run record of a sweep's merged recording, as the notebook stores a run. */
export function sweepRecord(
  sweep: BoundSweep,
  query: string,
  id: string,
  merged: MergedRecording,
  o: { backend: string | null; adapter: string; wallMs: number; now: number; message?: string },
): RunRecord {
  const settings = sweep.settings(query);
  const { kept, dropped } = keepSmallArtifacts(merged.artifacts);
  return {
    id: `sweep-${id}`,
    slug: sweep.slug,
    name: `${settings.preset} · sweep ${id} · ${new Date(o.now).toISOString().slice(0, 16).replace('T', ' ')}`,
    createdAt: o.now,
    params: settings.params,
    seed: settings.seed,
    preset: settings.preset,
    backend: o.backend,
    adapter: o.adapter,
    durationMs: Math.round(o.wallMs),
    end: o.message ? 'error' : 'done',
    message: o.message,
    rows: merged.rows,
    artifacts: kept,
    droppedArtifacts: dropped,
  };
}

export function mergeSweep(m: MergeInput): { record: RunRecord; provenance: SweepProvenance } {
  const results = new Map([...m.done].map(([i, d]) => [i, d.result] as const));
  const merged = m.sweep.merge(m.query, results);
  const backends = [...new Set([...m.done.values()].map((d) => d.backend))].sort();
  const workers = new Set([...m.done.values()].map((d) => d.worker));
  const record = sweepRecord(m.sweep, m.query, m.id, merged, {
    backend: backends.length ? backends.join('+') : null,
    adapter: `Node sweep (${m.engine}): ${workers.size} worker${workers.size === 1 ? '' : 's'}`,
    wallMs: m.wallMs,
    now: m.now,
    message: missingMessage(m.points, m.failed, m.done),
  });
  const provenance: SweepProvenance = {
    id: m.id,
    slug: m.sweep.slug,
    query: m.query,
    commit: m.commit,
    engine: m.engine,
    points: m.points.length,
    completed: m.done.size,
    failed: [...m.failed].sort((a, b) => a.point - b.point),
    ran: [...m.done.values()]
      .map((d) => ({ point: d.point, worker: d.worker, backend: d.backend, ms: Math.round(d.ms), ...(d.cpuMs === undefined ? {} : { cpuMs: Math.round(d.cpuMs) }) }))
      .sort((a, b) => a.point - b.point),
    wallMs: Math.round(m.wallMs),
  };
  return { record, provenance };
}

/** The file's text: a version-1 run file with the sweep's provenance beside the run. */
export function sweepFileText(record: RunRecord, provenance: SweepProvenance): string {
  const doc: unknown = JSON.parse(runToFile(record));
  return `${JSON.stringify({ ...(typeof doc === 'object' && doc !== null ? doc : {}), sweep: provenance })}\n`;
}

/** A row's values without the wall-clock metrics: what two runs of the same settings share exactly. */
export function withoutTiming(rows: readonly MetricRow[], timing: readonly string[]): MetricRow[] {
  const skip = new Set(timing);
  return rows.map((r) => ({ step: r.step, values: Object.fromEntries(Object.entries(r.values).filter(([k]) => !skip.has(k))) }));
}
