/**
 * One finished or stopped run as the notebook keeps it: what was asked (params,
 * seed, preset, backend), where it ran (adapter), how long it took, and what
 * came out (every metric row and the small artifacts). Re-opening a record
 * restores the params and shows the stored curves without re-running.
 */
import type { BackendName } from '../backend/backendNames';
import type { Tweak } from '../params/tweaks';
import type { MetricRow } from '../runner/RunRecorder';
import type { RunProvenance } from './provenance';

export type EndState = 'done' | 'stopped' | 'error';

/** A run that went on on another backend (after a lost GPU device), from its checkpoint after `step`, the first `afterRows` rows kept. */
export interface BackendChange {
  afterRows: number;
  step: number;
  from: BackendName | null;
  to: BackendName;
  /** Why, in words (the lost device's message). */
  reason: string;
}

export interface RunRecord {
  id: string;
  slug: string;
  /** Reader-editable; starts as the preset and the date. */
  name: string;
  /** When the run ended, ms since the epoch. */
  createdAt: number;
  /** The values the run started with. */
  params: Record<string, unknown>;
  /** Live changes the run applied (core/params/tweaks); a re-run replays them. */
  tweaks?: Tweak[];
  seed: number;
  preset: string;
  backend: string | null;
  adapter: string | null;
  /** Where the run moved to another backend, in order; `backend` is the one it started on. */
  backendChanges?: BackendChange[];
  /** Active running time, pauses excluded. */
  durationMs: number;
  end: EndState;
  message?: string;
  rows: MetricRow[];
  artifacts: Record<string, unknown>;
  /** Artifacts left out because they were too large to keep. */
  droppedArtifacts: string[];
  /** Set on a recorded run (public/runs/, made by `npm run record`): how to re-make it. */
  provenance?: RunProvenance;
}

/** Largest artifact kept with a run, and the most all of a run's artifacts may take. */
export const MAX_ARTIFACT_BYTES = 512 * 1024;
export const MAX_RUN_ARTIFACT_BYTES = 4 * 1024 * 1024;

/** Approximate in-memory size of a structured-cloneable value, in bytes. */
export function approxBytes(v: unknown, seen = new Set<object>()): number {
  if (v === null || v === undefined || typeof v === 'boolean') return 4;
  if (typeof v === 'number') return 8;
  if (typeof v === 'string') return 2 * v.length;
  if (ArrayBuffer.isView(v)) return v.byteLength;
  if (typeof v !== 'object' || seen.has(v)) return 0;
  seen.add(v);
  let n = 16;
  if (Array.isArray(v)) for (const x of v) n += approxBytes(x, seen);
  else for (const [k, x] of Object.entries(v)) n += 2 * k.length + approxBytes(x, seen);
  return n;
}

/** The artifacts worth storing: each under MAX_ARTIFACT_BYTES, smallest first until the run's budget is spent. */
export function keepSmallArtifacts(artifacts: Readonly<Record<string, unknown>>): { kept: Record<string, unknown>; dropped: string[] } {
  const sized = Object.entries(artifacts).map(([name, data]) => ({ name, data, bytes: approxBytes(data) }));
  sized.sort((a, b) => a.bytes - b.bytes);
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  let total = 0;
  for (const a of sized) {
    if (a.bytes <= MAX_ARTIFACT_BYTES && total + a.bytes <= MAX_RUN_ARTIFACT_BYTES) {
      kept[a.name] = a.data;
      total += a.bytes;
    } else dropped.push(a.name);
  }
  return { kept, dropped: dropped.sort() };
}

/** The last value of the first metric the run reported: what the runs list shows. */
export function keyMetric(rows: readonly MetricRow[]): { name: string; value: number } | null {
  const first = rows.find((r) => Object.keys(r.values).some((k) => k !== 'segment'));
  if (!first) return null;
  const name = Object.keys(first.values).find((k) => k !== 'segment')!;
  const last = rows.findLast((r) => r.values[name] !== undefined);
  return last ? { name, value: last.values[name] } : null;
}

/**
 * What differs between runs, for a comparison legend: the params, seed,
 * preset and backend that are not the same in all of them. One label per run.
 */
export function differingLabels(runs: readonly Pick<RunRecord, 'name' | 'params' | 'seed' | 'preset' | 'backend'>[]): string[] {
  if (runs.length === 0) return [];
  const fields = (r: (typeof runs)[number]): Record<string, unknown> => ({ ...r.params, seed: r.seed, preset: r.preset, backend: r.backend ?? 'auto' });
  const all = runs.map(fields);
  const keys = [...new Set(all.flatMap((f) => Object.keys(f)))].filter((k) => new Set(all.map((f) => JSON.stringify(f[k]))).size > 1);
  return runs.map((r, i) => {
    if (keys.length === 0) return r.name;
    const text = keys.map((k) => `${k}=${fmt(all[i][k])}`).join(', ');
    return keys.length > 4 ? `${r.name} (${text})` : text;
  });
}

function fmt(v: unknown): string {
  if (typeof v === 'number') return String(Number(v.toPrecision(4)));
  return String(v);
}
