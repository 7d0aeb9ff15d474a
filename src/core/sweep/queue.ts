/**
 * Beyond one machine: the points of a sweep as jobs on a BullMQ queue in
 * Redis, served by `npm run sweep-worker` on any number of machines. BullMQ
 * does the scheduling: a worker holds a lock on its job and renews it while it
 * runs; a worker that dies stops renewing, and the stalled-job check of any
 * other worker puts the job back for the next one. Job ids are
 * `<sweep id>.<point>`, so submitting a sweep again (or `--resume`) adds only
 * the points that have no job yet and retries the ones that failed; finished
 * points keep their results in Redis for a week. A paper's claims for one seed
 * (`npm run claims -- --seeds`, claimsJob.ts) travel the same way, as jobs of
 * the same queue that the same workers serve.
 */
import { Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { SweepError, type PointInfo } from './grid';
import { describeJob, parseSweepJob, runSweepJob, type SweepJob } from './job';
import type { PointFailure } from './merge';
import { isRecord } from './plainData';
import { CommitMismatchError, parsePointDone, type PointDone, type PointJob, type WorkerEnv } from './pointJob';
import type { SweepProgress } from './progress';

export const QUEUE_NAME = 'paper-notebook-sweeps';
/** How long finished jobs (and their results) and a sweep's description stay in Redis, seconds. */
export const KEEP_SECONDS = 7 * 24 * 3600;
const metaKey = (id: string): string => `paper-notebook:sweep:${id}`;

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * A connection for BullMQ, after one probe that fails fast: an unreachable or
 * wrong URL becomes a SweepError naming it, before anything is submitted.
 */
export async function connectRedis(url: string, timeoutMs = 5000): Promise<Redis> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SweepError(`'${url}' is not a Redis URL (redis://host:port)`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new SweepError(`'${redactUrl(url)}' is not a Redis URL (redis://host:port)`);
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let lastError = '';
  probe.on('error', (e: Error) => (lastError = e.message));
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    throw new SweepError(`cannot reach Redis at ${redactUrl(url)}: ${lastError || (e instanceof Error ? e.message : String(e))}`);
  } finally {
    probe.disconnect();
  }
  // BullMQ's blocking commands need maxRetriesPerRequest: null.
  const conn = new Redis(url, { maxRetriesPerRequest: null });
  conn.on('error', () => undefined); // ioredis reconnects by itself; a lasting outage shows as a stalled progress bar
  return conn;
}

export interface SweepMeta {
  id: string;
  slug: string;
  query: string;
  commit: string;
  points: number;
  attempts: number;
  createdAt: number;
}

function parseMeta(text: string | null, id: string): SweepMeta {
  if (!text) throw new SweepError(`no sweep '${id}' in this Redis (finished sweeps are kept ${KEEP_SECONDS / 86400} days)`);
  const m: unknown = JSON.parse(text);
  if (!isRecord(m)) throw new SweepError(`sweep '${id}': its description in Redis is damaged`);
  const { slug, query, commit, points, attempts, createdAt } = m;
  if (typeof slug !== 'string' || typeof query !== 'string' || typeof commit !== 'string' || typeof points !== 'number' || typeof attempts !== 'number' || typeof createdAt !== 'number') {
    throw new SweepError(`sweep '${id}': its description in Redis is damaged`);
  }
  return { id, slug, query, commit, points, attempts, createdAt };
}

export class SweepQueue {
  readonly queue: Queue;

  constructor(private readonly conn: Redis, name = QUEUE_NAME) {
    this.queue = new Queue(name, { connection: conn });
  }

  async meta(id: string): Promise<SweepMeta> {
    return parseMeta(await this.conn.get(metaKey(id)), id);
  }

  /** Adds the points that have no job, retries the failed ones; returns how many were (re)queued. */
  async submit(meta: SweepMeta): Promise<{ queued: number; finished: number }> {
    await this.conn.set(metaKey(meta.id), JSON.stringify(meta), 'EX', KEEP_SECONDS);
    const jobs = Array.from({ length: meta.points }, (_, point): PointJob => ({ sweepId: meta.id, slug: meta.slug, query: meta.query, point, commit: meta.commit }));
    return this.submitJobs(jobs, meta.attempts);
  }

  /**
   * Adds the jobs (sweep points or claims jobs, ids `<sweepId>.<point>`) that
   * have no job in Redis yet, retries the failed ones, keeps the finished ones.
   */
  async submitJobs(jobs: readonly SweepJob[], attempts: number): Promise<{ queued: number; finished: number }> {
    const fresh: { name: string; data: SweepJob; opts: { jobId: string; attempts: number; backoff: { type: 'fixed'; delay: number }; removeOnComplete: { age: number }; removeOnFail: { age: number } } }[] = [];
    let queued = 0;
    let finished = 0;
    for (const data of jobs) {
      const jobId = `${data.sweepId}.${data.point}`;
      const job = await Job.fromId(this.queue, jobId);
      if (!job) {
        fresh.push({
          name: data.slug,
          data,
          opts: { jobId, attempts, backoff: { type: 'fixed', delay: 1000 }, removeOnComplete: { age: KEEP_SECONDS }, removeOnFail: { age: KEEP_SECONDS } },
        });
        continue;
      }
      const state = await job.getState();
      if (state === 'failed') {
        await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        queued++;
      } else if (state === 'completed') finished++;
    }
    if (fresh.length) await this.queue.addBulk(fresh);
    return { queued: queued + fresh.length, finished };
  }

  /**
   * Waits until every point has finished or failed, updating `progress` as it
   * polls; returns the results and the failures.
   */
  async wait(meta: Pick<SweepMeta, 'id'>, points: readonly PointInfo[], progress: SweepProgress, onTick: () => void, pollMs = 500): Promise<{ done: Map<number, PointDone>; failed: PointFailure[] }> {
    const done = new Map<number, PointDone>();
    const failed = new Map<number, PointFailure>();
    const open = new Set(points.map((_, i) => i));
    let first = true;
    for (;;) {
      for (const point of [...open]) {
        const jobId = `${meta.id}.${point}`;
        // State first, then the job: a job read before it completes has no result yet, even if it completes before getState.
        const state = await this.queue.getJobState(jobId);
        const job = await Job.fromId(this.queue, jobId);
        if (!job || state === 'unknown') throw new SweepError(`sweep ${meta.id}: the job of point ${point} is gone from Redis (removed by hand, or older than ${KEEP_SECONDS / 86400} days); submit the sweep again`);
        if (state === 'completed') {
          let d: PointDone;
          try {
            d = parsePointDone(job.returnvalue);
          } catch (e) {
            throw new SweepError(`sweep ${meta.id}: point ${point} completed, but its result in Redis is not a point result (${e instanceof Error ? e.message : String(e)}: ${JSON.stringify(job.returnvalue)?.slice(0, 120)})`);
          }
          done.set(point, d);
          progress.set(point, 'done');
          open.delete(point);
        } else if (state === 'failed') {
          failed.set(point, { point, label: points[point].label, message: job.failedReason || 'failed', attempts: job.attemptsMade });
          progress.set(point, 'failed');
          open.delete(point);
        } else if (state === 'active') {
          progress.set(point, 'running', typeof job.progress === 'number' ? job.progress : 0);
        } else progress.set(point, 'waiting', 0);
      }
      if (first) {
        progress.markBaseline();
        first = false;
      }
      onTick();
      if (open.size === 0) return { done, failed: [...failed.values()] };
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}

export interface QueueWorkerOptions {
  conn: Redis;
  env: WorkerEnv;
  queue?: string;
  /** How long a job's lock lasts without renewal, ms: a dead worker's job is given to another after about this long. */
  lockMs?: number;
  concurrency?: number;
  log(line: string): void;
}

/** A BullMQ worker that runs sweep points and claims jobs; errors that a retry cannot fix fail the job at once. */
export function startQueueWorker(o: QueueWorkerOptions): Worker {
  const lockMs = o.lockMs ?? 30_000;
  const worker = new Worker(
    o.queue ?? QUEUE_NAME,
    async (job: Job) => {
      let pj: SweepJob;
      try {
        pj = parseSweepJob(job.data);
      } catch (e) {
        throw new UnrecoverableError(e instanceof Error ? e.message : String(e));
      }
      const what = describeJob(pj);
      o.log(`${o.env.worker}: ${what} started (job ${job.id}, attempt ${job.attemptsStarted})`);
      let last = 0;
      const progress = (f: number) => {
        const now = performance.now();
        if (now - last < 1000) return;
        last = now;
        job.updateProgress(f).catch(() => undefined);
      };
      try {
        const done = await runSweepJob(pj, o.env, progress);
        o.log(`${o.env.worker}: ${what} done in ${(done.ms / 1000).toFixed(1)} s`);
        return done;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        o.log(`${o.env.worker}: ${what} failed: ${message}`);
        // A job for other code, or settings this code cannot read, fails the same way on every attempt.
        if (e instanceof CommitMismatchError || e instanceof SweepError) throw new UnrecoverableError(message);
        throw e;
      }
    },
    { connection: o.conn, concurrency: o.concurrency ?? 1, lockDuration: lockMs, stalledInterval: lockMs, maxStalledCount: 2 },
  );
  worker.on('error', (e) => o.log(`${o.env.worker}: queue error: ${e.message}`));
  return worker;
}
