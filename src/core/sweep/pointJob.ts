/**
 * One point of a sweep as a job: the same message for a local worker process
 * and for a BullMQ job. It names the code it was made for (`commit`), and a
 * worker running other code refuses it, since its result could differ.
 * (A paper's claims for one seed are the other kind of job: claimsJob.ts.)
 */
import type { BackendName } from '../backend/backendNames';
import type { Claim } from '../claims';
import type { Tf } from '../experiment';
import { yieldToEventLoop } from '../runner/yieldToEventLoop';
import { SweepError, type BoundSweep } from './grid';
import { isRecord } from './plainData';

export interface PointJob {
  kind?: 'point';
  sweepId: string;
  slug: string;
  /** The paper's link query: params, seed and preset (BoundSweep.canonical). */
  query: string;
  point: number;
  /** Code version of the submitter (commit.ts). */
  commit: string;
}

/** What a worker hands back for a point. */
export interface PointDone {
  point: number;
  /** The grid's result, plain JSON data. */
  result: unknown;
  backend: string;
  /** Who ran it: host and process id. */
  worker: string;
  /** Wall time of the point in the worker, ms. */
  ms: number;
  /** CPU time of the worker process during the point (user + system), ms: the work, whatever the machine's load. */
  cpuMs?: number;
}

/** Longest stretch a point may hold the event loop between checkpoints, ms. */
const YIELD_EVERY_MS = 25;

export class CommitMismatchError extends SweepError {
  override name = 'CommitMismatchError';
}

/** A job from the wire, checked field by field. */
export function parsePointJob(x: unknown): PointJob {
  if (!isRecord(x)) throw new SweepError('a sweep job must be an object');
  const { sweepId, slug, query, point, commit } = x;
  if (typeof sweepId !== 'string' || typeof slug !== 'string' || typeof query !== 'string' || typeof commit !== 'string') {
    throw new SweepError('a sweep job needs the strings sweepId, slug, query and commit');
  }
  if (typeof point !== 'number' || !Number.isInteger(point) || point < 0) throw new SweepError('a sweep job needs a point index');
  return { sweepId, slug, query, point, commit };
}

/** A finished point from the wire, checked (its `result` is checked later by the grid). */
export function parsePointDone(x: unknown): PointDone {
  if (!isRecord(x)) throw new SweepError('a point result must be an object');
  const { point, result, backend, worker, ms, cpuMs } = x;
  if (typeof point !== 'number' || typeof backend !== 'string' || typeof worker !== 'string' || typeof ms !== 'number') {
    throw new SweepError('a point result needs point, backend, worker and ms');
  }
  return { point, result, backend, worker, ms, ...(typeof cpuMs === 'number' ? { cpuMs } : {}) };
}

export interface WorkerEnv {
  grid(slug: string): Promise<BoundSweep>;
  tf: Tf;
  backend: BackendName;
  commit: string;
  worker: string;
  signal: AbortSignal;
  /** Per-process cache behind PointContext.shared. */
  cache: Map<string, unknown>;
  /** A paper's claims (and the backends it runs on), for claims jobs; a worker without it refuses them. */
  claims?(slug: string): Promise<{ claims: readonly Claim[]; backends?: readonly BackendName[] }>;
}

/** Why a worker refuses a job made by other code; `what` names the job's run ('sweep', 'claims run') and `then` how to go on. */
export function commitMismatch(job: { sweepId: string; commit: string }, workerCommit: string, worker: string, what = 'sweep', then = `--resume ${job.sweepId}`): string {
  return (
    `worker ${worker} runs code ${workerCommit} but ${what} ${job.sweepId} was submitted from ${job.commit}: ` +
    `refused. Check out ${job.commit} on this machine (or resubmit from ${workerCommit}), restart the worker, then ${then}.`
  );
}

/** Runs one point in this process; throws CommitMismatchError for a job made by other code. */
export async function runPointJob(job: PointJob, env: WorkerEnv, progress: (fraction: number) => void): Promise<PointDone> {
  if (job.commit !== env.commit) throw new CommitMismatchError(commitMismatch(job, env.commit, env.worker));
  const grid = await env.grid(job.slug);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let lastYield = t0;
  const result = await grid.runPoint(job.query, job.point, {
    tf: env.tf,
    backend: env.backend,
    signal: env.signal,
    progress,
    async checkpoint() {
      if (performance.now() - lastYield < YIELD_EVERY_MS) return;
      await yieldToEventLoop();
      lastYield = performance.now();
    },
    shared<T>(key: string, make: () => T): T {
      if (!env.cache.has(key)) env.cache.set(key, make());
      // The cache holds what make() returned under this key, and keys are per grid and purpose.
      return env.cache.get(key) as T;
    },
  });
  const cpu = process.cpuUsage(cpu0);
  return { point: job.point, result, backend: env.backend, worker: env.worker, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}
