/**
 * Test helpers for a paper's sweep grid, in Node: run every point as a job the
 * way a worker does, each in a fresh process state and through JSON as on the
 * wire, then merge the results the way `npm run sweep` does and read the run
 * file back, so a test can set it beside the one-process recording
 * (`expectFileMatchesOneProcess` asserts they agree).
 */
import { expect } from 'vitest';
import type { BackendName } from '../backend/backendNames';
import type { Tf } from '../experiment';
import { runFromFile } from '../history/runFile';
import type { RunRecord } from '../history/runRecord';
import type { BoundSweep, MergedRecording } from './grid';
import { mergeSweep, sweepFileText, withoutTiming, type PointFailure, type SweepProvenance } from './merge';
import { parsePointDone, runPointJob, type PointDone, type WorkerEnv } from './pointJob';

/** A worker's environment for one point, with its own empty cache (as if on another machine). */
export function freshWorker(sweep: BoundSweep, tf: Tf, backend: BackendName = 'wasm'): WorkerEnv {
  return { grid: async () => sweep, tf, backend, commit: 'test', worker: 'test', signal: new AbortController().signal, cache: new Map() };
}

/** One point run as a job in a fresh worker, its answer through a JSON round trip. */
export async function runPointFresh(sweep: BoundSweep, query: string, point: number, tf: Tf): Promise<PointDone> {
  const d = await runPointJob({ sweepId: 'test', slug: sweep.slug, query, point, commit: 'test' }, freshWorker(sweep, tf), () => undefined);
  return parsePointDone(JSON.parse(JSON.stringify(d)));
}

/** Every point of the query, last first (the merge must not depend on the order results land in). */
export async function runAllPointsFresh(sweep: BoundSweep, query: string, tf: Tf): Promise<Map<number, PointDone>> {
  const done = new Map<number, PointDone>();
  for (let i = sweep.points(query).length - 1; i >= 0; i--) done.set(i, await runPointFresh(sweep, query, i, tf));
  return done;
}

/** The merged sweep as `npm run sweep` writes it, and the run the notebook reads back from that file. */
export function mergeAndReadBack(
  sweep: BoundSweep,
  query: string,
  done: ReadonlyMap<number, PointDone>,
  failed: readonly PointFailure[] = [],
): { record: RunRecord; provenance: SweepProvenance; back: RunRecord } {
  const { record, provenance } = mergeSweep({ sweep, id: 'test', query, commit: 'test', engine: 'local', points: sweep.points(query), done, failed, wallMs: 1, now: 0 });
  return { record, provenance, back: runFromFile(sweepFileText(record, provenance), sweep.slug) };
}

/**
 * Asserts that the run file merged from every point in `done` reads back as a
 * finished run holding every point, equal to `ref` (the one-process recording of
 * the same query) but for timing; returns the run read back.
 */
export function expectFileMatchesOneProcess(
  sweep: BoundSweep,
  query: string,
  done: ReadonlyMap<number, PointDone>,
  ref: MergedRecording,
  timedFields: readonly string[] = [],
): RunRecord {
  const { record, provenance, back } = mergeAndReadBack(sweep, query, done);
  expect(record.end, record.message).toBe('done');
  expect(provenance.completed).toBe(sweep.points(query).length);
  expect(untimedRecording(back, sweep, timedFields)).toEqual(untimedRecording(ref, sweep, timedFields));
  return back;
}

/** A value as JSON holds it, without the named fields at any depth (a throughput a run measured: it differs between any two runs). */
export function withoutFields(x: unknown, fields: readonly string[]): unknown {
  const skip = new Set(fields);
  return JSON.parse(JSON.stringify(x, (k, v: unknown) => (skip.has(k) ? undefined : v)));
}

/**
 * What two recordings of the same settings share exactly, whichever process or
 * machine made them: the rows without the grid's timing metrics, every row's
 * metric names in order (timing ones included), and the artifacts as JSON
 * without the fields that hold a measured throughput.
 */
export function untimedRecording(r: MergedRecording, sweep: BoundSweep, timedFields: readonly string[] = []): unknown {
  return {
    rows: withoutTiming(r.rows, sweep.timingMetrics),
    names: r.rows.map((row) => Object.keys(row.values)),
    artifacts: withoutFields(r.artifacts, timedFields),
  };
}
