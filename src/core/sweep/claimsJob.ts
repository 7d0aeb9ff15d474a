/**
 * A paper's chosen claims for one seed as a job (`npm run claims -- <slug>
 * --seeds 1..5`), on the same local worker pool and BullMQ queue as sweep
 * points. One job holds all chosen claims of a paper for its seed, not one
 * claim: claims that read the same preset run (runner/presetRun.ts) share it
 * inside a process, so splitting them across workers would train that run once
 * per claim. Seeds (and papers) are the independent axis.
 *
 * The result is the outcomes in claim order, checked on arrival
 * (`parseClaimsResult`); a claim that throws is a failed outcome, as in the
 * one-process CLI, so a job throws only when it cannot run at all.
 */
import { initNodeBackend } from '../backend/nodeBackend';
import { claimsBackend, parseClaimOutcome, runClaims, type ClaimOutcome } from '../claimsRunner';
import { SweepError } from './grid';
import { isRecord } from './plainData';
import { CommitMismatchError, commitMismatch, type PointDone, type WorkerEnv } from './pointJob';

export interface ClaimsJob {
  kind: 'claims';
  /** The claims run this job belongs to. */
  sweepId: string;
  /** Index of this job in its run (progress, the BullMQ job id). */
  point: number;
  commit: string;
  slug: string;
  seed: number;
  /** Claim ids, in the paper's order. */
  claims: string[];
  /** `--full`: claims that have one run their longer variant. */
  full: boolean;
}

export function parseClaimsJob(x: unknown): ClaimsJob {
  if (!isRecord(x) || x.kind !== 'claims') throw new SweepError('a claims job must be an object of kind "claims"');
  const { sweepId, point, commit, slug, seed, claims, full } = x;
  if (typeof sweepId !== 'string' || typeof commit !== 'string' || typeof slug !== 'string') throw new SweepError('a claims job needs the strings sweepId, commit and slug');
  if (typeof point !== 'number' || !Number.isInteger(point) || point < 0) throw new SweepError('a claims job needs a job index');
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0) throw new SweepError('a claims job needs a non-negative integer seed');
  if (!Array.isArray(claims) || claims.length === 0 || !claims.every((c): c is string => typeof c === 'string')) throw new SweepError('a claims job needs a list of claim ids');
  if (typeof full !== 'boolean') throw new SweepError('a claims job needs full: true or false');
  return { kind: 'claims', sweepId, point, commit, slug, seed, claims, full };
}

/** A claims job's result from the wire: its outcomes, checked. */
export function parseClaimsResult(x: unknown): ClaimOutcome[] {
  if (!Array.isArray(x)) throw new SweepError('a claims job result must be a list of outcomes');
  return x.map((o, i) => parseClaimOutcome(o, `claim outcome ${i + 1}`));
}

/** Runs the job's claims in this process; throws CommitMismatchError for a job made by other code, SweepError for claims this code lacks. */
export async function runClaimsJob(job: ClaimsJob, env: WorkerEnv, progress: (fraction: number) => void): Promise<PointDone> {
  if (job.commit !== env.commit) throw new CommitMismatchError(commitMismatch(job, env.commit, env.worker, 'claims run', 'submit it again'));
  if (!env.claims) throw new SweepError(`worker ${env.worker} does not run claims jobs`);
  const paper = await env.claims(job.slug);
  const chosen = job.claims.map((id) => {
    const claim = paper.claims.find((c) => c.id === id);
    if (!claim) throw new SweepError(`${job.slug} has no claim '${id}' in this code. Its claims: ${paper.claims.map((c) => c.id).join(', ')}`);
    return claim;
  });
  const backend = claimsBackend(paper.backends, env.backend);
  // A paper that does not run on this worker's backend runs on cpu, as in the one-process CLI (a worker runs one job at a time).
  const own = env.backend;
  const switched = backend !== own && (own === 'wasm' || own === 'webgpu');
  const tf = switched ? await initNodeBackend('cpu') : env.tf;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  try {
    const result = await runClaims(chosen, {
      tf, backend, seed: job.seed, signal: env.signal, full: job.full,
      onProgress: (i, f) => progress((i + Math.min(Math.max(f, 0), 1)) / chosen.length),
      onOutcome: (_, i) => progress((i + 1) / chosen.length),
    });
    const cpu = process.cpuUsage(cpu0);
    return { point: job.point, result, backend, worker: env.worker, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    if (switched) await initNodeBackend(own);
  }
}
