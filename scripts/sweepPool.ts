/**
 * The embedded default of `npm run sweep` and `npm run claims -- --seeds`:
 * jobs (sweep points or claims jobs) on N local `sweep-worker --local`
 * processes, each tried up to `attempts` times, feeding one progress bar.
 */
import { fileURLToPath } from 'node:url';
import type { NodeBackend } from '../src/core/backend/nodeBackend';
import type { PointInfo } from '../src/core/sweep/grid';
import type { SweepJob } from '../src/core/sweep/job';
import { JobError, LocalPool } from '../src/core/sweep/localPool';
import type { PointFailure } from '../src/core/sweep/merge';
import { parsePointDone, type PointDone } from '../src/core/sweep/pointJob';
import type { SweepProgress } from '../src/core/sweep/progress';
import { runPoints } from '../src/core/sweep/runPoints';

export interface LocalRunOptions {
  size: number;
  backend: NodeBackend;
  attempts: number;
  points: readonly PointInfo[];
  progress: SweepProgress;
  onChange(): void;
}

export async function runOnLocalPool(jobs: readonly SweepJob[], o: LocalRunOptions): Promise<{ done: Map<number, PointDone>; failed: PointFailure[] }> {
  const pool = new LocalPool<SweepJob, PointDone>({
    size: o.size,
    command: [process.execPath, fileURLToPath(new URL('./runTs.mjs', import.meta.url)), fileURLToPath(new URL('./sweepWorker.ts', import.meta.url)), '--local', '--backend', o.backend],
    parse: parsePointDone,
  });
  try {
    return await runPoints((job, onProgress) => pool.run(job, onProgress), {
      jobs, points: o.points, attempts: o.attempts, progress: o.progress, onChange: o.onChange,
      // A job for other code (files changed since the run started), or settings this code refuses, fails the same way again.
      isFinal: (e) => e instanceof JobError && (e.kind === 'CommitMismatchError' || e.kind === 'SweepError'),
    });
  } finally {
    await pool.close();
  }
}
