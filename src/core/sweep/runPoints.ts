/**
 * Runs every point of a sweep (or every job of a claims run) through an
 * executor (local worker processes, or this process) with a bounded number of attempts each, feeding one progress
 * bar. A point that still throws after its last attempt is a failure with its
 * message; the others go on. Then the file is written in one step (a
 * temporary file renamed over the target), so it is never half-written.
 */
import { renameSync, writeFileSync } from 'node:fs';
import type { PointInfo } from './grid';
import type { PointFailure } from './merge';
import type { PointDone } from './pointJob';
import type { SweepProgress } from './progress';

/** A job as runPoints sees it: its index among the points (a sweep point, or a claims job). */
interface Indexed {
  point: number;
}

export type Executor<J extends Indexed> = (job: J, onProgress: (fraction: number) => void) => Promise<PointDone>;

export interface RunPointsOptions<J extends Indexed> {
  jobs: readonly J[];
  points: readonly PointInfo[];
  attempts: number;
  progress: SweepProgress;
  /** Called after every change of a point's state. */
  onChange(): void;
  /** Errors that no further attempt can fix (e.g. a job for other code) stop a point at once. */
  isFinal?(e: Error): boolean;
}

export async function runPoints<J extends Indexed>(exec: Executor<J>, o: RunPointsOptions<J>): Promise<{ done: Map<number, PointDone>; failed: PointFailure[] }> {
  const done = new Map<number, PointDone>();
  const failed: PointFailure[] = [];
  const one = async (job: J): Promise<void> => {
    const i = job.point;
    for (let attempt = 1; ; attempt++) {
      try {
        const d = await exec(job, (f) => {
          o.progress.set(i, 'running', f);
          o.onChange();
        });
        done.set(i, d);
        o.progress.set(i, 'done');
        o.onChange();
        return;
      } catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        if (attempt >= o.attempts || o.isFinal?.(err)) {
          failed.push({ point: i, label: o.points[i].label, message: err.message, attempts: attempt });
          o.progress.set(i, 'failed');
          o.onChange();
          return;
        }
        o.progress.set(i, 'waiting', 0);
      }
    }
  };
  await Promise.all(o.jobs.map(one));
  return { done, failed: failed.sort((a, b) => a.point - b.point) };
}

/** Writes `text` to `file` through a temporary file in the same folder, renamed over it. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
