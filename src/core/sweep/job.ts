/**
 * The jobs a sweep worker (a local pool process or `npm run sweep-worker` on
 * BullMQ) serves: a sweep's point (pointJob.ts) or a paper's claims for one
 * seed (claimsJob.ts). Both carry their run's id, their index in it and the
 * submitter's code version, and both answer with a PointDone; the pool, the
 * queue, the retries and the progress bar see only that.
 */
import { parseClaimsJob, runClaimsJob, type ClaimsJob } from './claimsJob';
import { isRecord } from './plainData';
import { parsePointJob, runPointJob, type PointDone, type PointJob, type WorkerEnv } from './pointJob';

export type SweepJob = PointJob | ClaimsJob;

/** A job from the wire, checked; a job without a kind is a sweep point. */
export function parseSweepJob(x: unknown): SweepJob {
  return isRecord(x) && x.kind === 'claims' ? parseClaimsJob(x) : parsePointJob(x);
}

export function runSweepJob(job: SweepJob, env: WorkerEnv, progress: (fraction: number) => void): Promise<PointDone> {
  return job.kind === 'claims' ? runClaimsJob(job, env, progress) : runPointJob(job, env, progress);
}

/** How worker logs name a job: `point 3 of chinchilla-ab12`, `claims of vgraph, seed 2 (claims-cd34.1)`. */
export function describeJob(job: SweepJob): string {
  return job.kind === 'claims' ? `claims of ${job.slug}, seed ${job.seed} (${job.sweepId}.${job.point})` : `point ${job.point} of ${job.sweepId}`;
}
