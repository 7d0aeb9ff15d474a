/**
 * Collects one run's throttled batches into what panels plot: every metrics
 * row in order, the latest progress, the latest value of each artifact.
 * Observable with subscribe/getSnapshot; a snapshot is a new object per change.
 */
import type { Tweak } from '../params/tweaks';
import type { EventBatch, Progress } from './protocol';

export interface MetricRow {
  step: number;
  values: Record<string, number>;
}

export interface Recording {
  rows: readonly MetricRow[];
  /** Live changes the run applied, in order (core/params/tweaks). */
  tweaks: readonly Tweak[];
  progress: Progress | null;
  artifacts: Readonly<Record<string, unknown>>;
}

const EMPTY: Recording = { rows: [], tweaks: [], progress: null, artifacts: {} };

export class RunRecorder {
  private snap: Recording = EMPTY;
  private readonly listeners = new Set<() => void>();

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): Recording => this.snap;

  add = (b: EventBatch): void => {
    this.snap = {
      rows: b.metrics.length ? [...this.snap.rows, ...b.metrics.map(({ step, values }) => ({ step, values }))] : this.snap.rows,
      tweaks: b.tweaks.length ? [...this.snap.tweaks, ...b.tweaks] : this.snap.tweaks,
      progress: b.progress ?? this.snap.progress,
      artifacts: Object.keys(b.artifacts).length ? { ...this.snap.artifacts, ...b.artifacts } : this.snap.artifacts,
    };
    this.emit();
  };

  clear(): void {
    this.snap = EMPTY;
    this.emit();
  }

  /** Shows a stored recording (from run history or a result link) as if it had just run. */
  load(rows: readonly MetricRow[], artifacts: Readonly<Record<string, unknown>> = {}, tweaks: readonly Tweak[] = []): void {
    this.snap = { rows: [...rows], tweaks: [...tweaks], progress: null, artifacts: { ...artifacts } };
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

/** One metric as x/y arrays for a plot, skipping rows that lack it. */
export function series(rows: readonly MetricRow[], key: string): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (const r of rows) {
    const v = r.values[key];
    if (v !== undefined) {
      x.push(r.step);
      y.push(v);
    }
  }
  return { x, y };
}
