/**
 * Collects one run's throttled batches into what panels plot: every metrics
 * row in order, the latest progress, the latest value of each artifact.
 * Observable with subscribe/getSnapshot; a snapshot is a new object per change.
 */
import type { ArtifactTypes, MetricValues } from '../experiment';
import type { Tweak } from '../params/tweaks';
import type { Checkpoint, EventBatch, Progress } from './protocol';

export interface MetricRow<M extends string = string> {
  step: number;
  values: MetricValues<M>;
}

/** One run as panels read it, under its experiment's artifact types `A` and metric names `M`. */
export interface Recording<A extends object = ArtifactTypes, M extends string = string> {
  rows: readonly MetricRow<M>[];
  /** Live changes the run applied, in order (core/params/tweaks). */
  tweaks: readonly Tweak[];
  progress: Progress | null;
  artifacts: Readonly<Partial<A>>;
}

/**
 * The one place where erased events become typed: a recorder belongs to one
 * paper, and what it is given (the worker's batches of that paper's own
 * experiment, a stored run of that paper after runFile's validation) was
 * written by that experiment under its declared types.
 */
export function typedRecording<A extends object, M extends string>(r: Recording): Recording<A, M> {
  return r as Recording<A, M>;
}

/** The same boundary for one batch, for a page that watches batches as they arrive. */
export function typedBatch<A extends object, M extends string>(b: EventBatch): EventBatch<A, M> {
  return b as EventBatch<A, M>;
}

export class RunRecorder<A extends object = ArtifactTypes, M extends string = string> {
  private snap: Recording = { rows: [], tweaks: [], progress: null, artifacts: {} };
  private readonly listeners = new Set<() => void>();

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  /** The same object until the next change (useSyncExternalStore relies on it). */
  getSnapshot = (): Recording<A, M> => typedRecording(this.snap);

  /** The latest point the run can be resumed from (not part of what panels plot). */
  checkpoint: Checkpoint | null = null;

  add = (b: EventBatch): void => {
    if (b.checkpoint) this.checkpoint = b.checkpoint;
    const was = this.snap;
    this.snap = {
      rows: b.metrics.length ? [...was.rows, ...b.metrics.map(({ step, values }) => ({ step, values }))] : was.rows,
      tweaks: b.tweaks.length ? [...was.tweaks, ...b.tweaks] : was.tweaks,
      progress: b.progress ?? was.progress,
      artifacts: Object.keys(b.artifacts).length ? { ...was.artifacts, ...b.artifacts } : was.artifacts,
    };
    this.emit();
  };

  clear(): void {
    this.snap = { rows: [], tweaks: [], progress: null, artifacts: {} };
    this.checkpoint = null;
    this.emit();
  }

  /** Back to a checkpoint, to resume from it: the rows and live changes after it go; artifacts stay until replaced. */
  backTo(c: Checkpoint): void {
    const was = this.snap;
    this.snap = { ...was, rows: was.rows.slice(0, c.rows), tweaks: was.tweaks.filter((t) => t.after <= c.rows) };
    this.checkpoint = c;
    this.emit();
  }

  /** Shows a stored recording (from run history or a result link) as if it had just run. */
  load(rows: readonly MetricRow[], artifacts: Readonly<Record<string, unknown>> = {}, tweaks: readonly Tweak[] = []): void {
    this.snap = { rows: [...rows], tweaks: [...tweaks], progress: null, artifacts: { ...artifacts } };
    this.checkpoint = null;
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

/** One metric as x/y arrays for a plot, skipping rows that lack it. */
export function series<M extends string>(rows: readonly MetricRow<M>[], key: M): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (const r of rows) {
    const v = metric(r, key);
    if (v !== undefined) {
      x.push(r.step);
      y.push(v);
    }
  }
  return { x, y };
}

/**
 * One metric as x/y arrays per value of another (one line per model of a
 * sweep: `seriesBy(rows, 'loss', 'run')`), in the order the groups first
 * appear, skipping rows that lack either.
 */
export function seriesBy<M extends string>(rows: readonly MetricRow<M>[], key: M, by: M): Map<number, { x: number[]; y: number[] }> {
  const groups = new Map<number, { x: number[]; y: number[] }>();
  for (const r of rows) {
    const v = metric(r, key), g = metric(r, by);
    if (v === undefined || g === undefined) continue;
    const s = groups.get(g) ?? { x: [], y: [] };
    s.x.push(r.step);
    s.y.push(v);
    groups.set(g, s);
  }
  return groups;
}

/** A row's value of one metric, or undefined where the row does not carry it. */
export function metric<M extends string>(row: MetricRow<M>, key: M): number | undefined {
  const values: Partial<Record<string, number>> = row.values;
  return values[key];
}

/** The last row that carries `key` (a run's final loss, its last evaluation). */
export function lastWith<M extends string>(rows: readonly MetricRow<M>[], key: M): MetricRow<M> | undefined {
  return rows.findLast((r) => metric(r, key) !== undefined);
}

/** A metric's latest value in the rows (a metric card's number), or undefined before any row carries it. */
export function latestValue<M extends string>(rows: readonly MetricRow<M>[], key: M): number | undefined {
  const row = lastWith(rows, key);
  return row && metric(row, key);
}
