/**
 * One progress bar over all points of a sweep, weighted by each point's cost,
 * with an ETA from the cost done so far and the wall time it took. A point in
 * flight counts with the fraction its worker last reported.
 */
import type { PointInfo } from './grid';

export type PointState = 'waiting' | 'running' | 'done' | 'failed';

export class SweepProgress {
  private readonly state: PointState[];
  private readonly fraction: number[];
  private readonly total: number;
  /** Cost already done when this submitter started (points finished before a resume): excluded from the rate. */
  private baseline: number | null = null;

  /** `unit` names the points in the line: 'points' of a sweep, 'jobs' of a claims run. */
  constructor(private readonly points: readonly PointInfo[], private readonly startedAt: number, private readonly unit = 'points') {
    this.state = points.map(() => 'waiting');
    this.fraction = points.map(() => 0);
    this.total = points.reduce((s, p) => s + Math.max(p.cost, 0), 0) || 1;
  }

  set(point: number, state: PointState, fraction?: number): void {
    this.state[point] = state;
    this.fraction[point] = state === 'done' || state === 'failed' ? 1 : Math.min(1, Math.max(0, fraction ?? this.fraction[point]));
  }

  /** Marks the cost finished so far as done before this process started (a resume). */
  markBaseline(): void {
    this.baseline = this.doneCost();
  }

  count(state: PointState): number {
    return this.state.filter((s) => s === state).length;
  }

  get finished(): boolean {
    return this.state.every((s) => s === 'done' || s === 'failed');
  }

  private doneCost(): number {
    return this.points.reduce((s, p, i) => s + Math.max(p.cost, 0) * this.fraction[i], 0);
  }

  /** Share of the sweep's cost done, 0..1. */
  done(): number {
    return this.doneCost() / this.total;
  }

  /** Seconds left at the rate seen so far, or null before there is a rate. */
  eta(now: number): number | null {
    const base = this.baseline ?? 0;
    const did = this.doneCost() - base;
    const left = this.total - this.doneCost();
    const seconds = (now - this.startedAt) / 1000;
    if (did <= 0 || seconds <= 0) return null;
    return (left / did) * seconds;
  }

  /** `[#########...........] 45% · 5/12 points, 2 running, 1 failed · 1m 20s · ETA 1m 38s` */
  line(now: number, width = 24): string {
    const f = this.done();
    const filled = Math.round(f * width);
    const eta = this.eta(now);
    const parts = [
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(f * 100)}%`,
      `${this.count('done')}/${this.points.length} ${this.unit}` +
        (this.count('running') ? `, ${this.count('running')} running` : '') +
        (this.count('failed') ? `, ${this.count('failed')} failed` : ''),
      formatSeconds((now - this.startedAt) / 1000),
      this.finished ? 'done' : `ETA ${eta === null ? '…' : formatSeconds(eta)}`,
    ];
    return parts.join(' · ');
  }
}

/**
 * The bar on stderr while a run goes: redrawn in place on a terminal, one line
 * per finished point otherwise; `end` says how long the `what` took.
 */
export function progressPrinter(progress: SweepProgress, startedAt: number, what = 'sweep'): { tick(): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  let lastFinished = -1;
  let lastDraw = 0;
  return {
    tick() {
      const now = Date.now();
      const finished = progress.count('done') + progress.count('failed');
      if (tty) {
        if (now - lastDraw < 250 && finished === lastFinished) return;
        process.stderr.write(`\r${progress.line(now)}\x1b[K`);
      } else if (finished !== lastFinished) {
        process.stderr.write(`${progress.line(now)}\n`);
      }
      lastFinished = finished;
      lastDraw = now;
    },
    end() {
      if (tty) process.stderr.write(`\r${progress.line(Date.now())}\x1b[K\n`);
      process.stderr.write(`${what} took ${formatSeconds((Date.now() - startedAt) / 1000)}\n`);
    },
  };
}

export function formatSeconds(s: number): string {
  const t = Math.max(0, Math.round(s));
  if (t < 60) return `${t}s`;
  if (t < 3600) return `${Math.floor(t / 60)}m ${String(t % 60).padStart(2, '0')}s`;
  return `${Math.floor(t / 3600)}h ${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}m`;
}
