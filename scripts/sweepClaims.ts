/**
 * `npm run claims -- <slug>… [--claim ID] --seeds 1,2,3 | 1..5 [--workers N | --redis URL] [--out FILE]`:
 * every chosen claim over several seeds, as jobs on the sweeps' engines
 * (src/core/sweep): N local worker processes (default: the number of cores;
 * `--workers 0` runs in this process), or the BullMQ queue that
 * `npm run sweep-worker -- --redis URL` serves on any machines.
 *
 * A job is one paper's chosen claims for one seed (claimsJob.ts), so claims
 * that share a preset run still train it once per seed. The submitter prints a
 * table per paper (each seed's measurement, passes k of n) and a verdict per
 * claim, and with `--out` writes every seed's outcomes with provenance.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { initNodeBackend, type NodeBackend } from '../src/core/backend/nodeBackend';
import type { Claim } from '../src/core/claims';
import type { ClaimOutcome } from '../src/core/claimsRunner';
import { recordedClaimsFromFile } from '../src/core/history/recordedClaims';
import type { PaperDef } from '../src/core/paper';
import { parseClaimsResult, type ClaimsJob } from '../src/core/sweep/claimsJob';
import { codeVersion, shortHash } from '../src/core/sweep/commit';
import { SweepError, type PointInfo } from '../src/core/sweep/grid';
import { runSweepJob } from '../src/core/sweep/job';
import type { PointFailure } from '../src/core/sweep/merge';
import type { PointDone, WorkerEnv } from '../src/core/sweep/pointJob';
import { formatSeconds, progressPrinter, SweepProgress } from '../src/core/sweep/progress';
import { connectRedis, redactUrl, SweepQueue } from '../src/core/sweep/queue';
import { runPoints, writeFileAtomic } from '../src/core/sweep/runPoints';
import { CATALOG } from '../src/papers/catalog';
import { formatSeedsTable } from './claimsTable';
import { machineDescription } from './provenance';
import { loadGrid } from './sweepGrids';
import { runOnLocalPool } from './sweepPool';

/** Most seeds one command runs. */
export const MAX_SEEDS = 64;
/** Tries per job before it counts as failed (a worker that died; a job that throws). */
const ATTEMPTS = 2;

/** `1,2,3`, `1..5` or a mix (`1,4..6`): distinct 32-bit non-negative integers, at most MAX_SEEDS; throws a message otherwise. */
export function parseSeeds(text: string): number[] {
  const seeds: number[] = [];
  const add = (seed: number, as: string) => {
    if (seed > 0xffff_ffff) throw new Error(`--seeds: ${as} is above 4294967295 (seeds are 32-bit)`);
    if (seeds.includes(seed)) throw new Error(`--seeds: seed ${seed} is given twice`);
    if (seeds.length >= MAX_SEEDS) throw new Error(`--seeds: at most ${MAX_SEEDS} seeds in one command`);
    seeds.push(seed);
  };
  if (!text.trim()) throw new Error('--seeds needs seeds: 1,2,3 or 1..5');
  for (const raw of text.split(',')) {
    const part = raw.trim();
    const range = /^(\d+)\.\.(\d+)$/.exec(part);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      if (b < a) throw new Error(`--seeds: the range '${part}' counts down (write ${b}..${a})`);
      if (b - a + 1 > MAX_SEEDS) throw new Error(`--seeds: '${part}' is ${b - a + 1} seeds; at most ${MAX_SEEDS} in one command`);
      for (let s = a; s <= b; s++) add(s, `'${part}'`);
    } else if (/^\d+$/.test(part)) add(Number(part), `'${part}'`);
    else throw new Error(`--seeds: '${part}' is not a seed (a non-negative integer) or a range a..b`);
  }
  return seeds;
}

/** A built paper of the catalog, for claims jobs (WorkerEnv.claims). */
export async function loadPaperClaims(slug: string): Promise<PaperDef> {
  const entry = CATALOG.find((p) => p.slug === slug);
  if (!entry?.load) throw new SweepError(`'${slug}' is not a built paper of this code`);
  return entry.load();
}

export interface SeedsOptions {
  papers: readonly { slug: string; claims: readonly Claim[] }[];
  seeds: readonly number[];
  full: boolean;
  backend: NodeBackend;
  /** Local worker processes; 0 runs the jobs in this process. Ignored with `redis`. */
  workers: number;
  redis?: string;
  out?: string;
  /** The command line, for the JSON file's provenance. */
  args: readonly string[];
}

export type SeedsEngine = 'in-process' | 'local' | 'bullmq';

/** One seed of a paper: its outcomes in claim order, or why its job gave none. */
export interface SeedRun {
  seed: number;
  outcomes?: ClaimOutcome[];
  failed?: { message: string; attempts: number };
  /** Who ran it, on which backend, in how long (wall and CPU ms). */
  worker?: string;
  backend?: string;
  ms?: number;
  cpuMs?: number;
}

export interface PaperSeeds {
  slug: string;
  claims: { id: string; statement: string; source: string }[];
  seeds: SeedRun[];
}

/** The `--out` file: every seed's outcomes per paper, and how they were made. */
export interface SeedsFile {
  format: 'paper-notebook-claims-seeds';
  version: 1;
  provenance: {
    command: string;
    commit: string;
    engine: SeedsEngine;
    /** The backend asked for; each seed says the one it ran on. */
    backend: NodeBackend;
    seeds: number[];
    /** Local worker processes used (0: this process); null on BullMQ, whose workers are listed per seed. */
    workers: number | null;
    full: boolean;
    machine: string;
    date: string;
    wallMs: number;
  };
  papers: PaperSeeds[];
}

/** The per-job cost for the ETA: the chosen claims' recorded seconds (public/runs/<slug>/claims.json), when every paper has them. */
function recordedSeconds(slug: string, ids: readonly string[]): number | undefined {
  try {
    const rec = recordedClaimsFromFile(readFileSync(new URL(`../public/runs/${slug}/claims.json`, import.meta.url), 'utf8'), slug);
    let total = 0;
    for (const id of ids) {
      const s = rec.outcomes.find((o) => o.id === id)?.seconds;
      if (s === undefined) return undefined;
      total += s;
    }
    return Math.max(total, 0.1);
  } catch {
    return undefined;
  }
}

/** Runs one job after another in this process (jobs share the process's tfjs and its preset runs). */
function inProcess(env: WorkerEnv): (job: ClaimsJob, onProgress: (f: number) => void) => Promise<PointDone> {
  let last: Promise<unknown> = Promise.resolve();
  return (job, onProgress) => {
    const run = last.then(() => runSweepJob(job, env, onProgress));
    last = run.catch(() => undefined);
    return run;
  };
}

/** Runs the claims over the seeds, prints a table per paper, writes `--out`; 0 when every seed passes every claim, else 1. */
export async function runClaimsOverSeeds(o: SeedsOptions): Promise<number> {
  const commit = codeVersion();
  const jobs: ClaimsJob[] = [];
  const points: PointInfo[] = [];
  const costs = o.papers.map((p) => recordedSeconds(p.slug, p.claims.map((c) => c.id)));
  const id = `claims-${shortHash(JSON.stringify([commit, o.full, o.papers.map((p) => [p.slug, p.claims.map((c) => c.id)]), o.seeds]))}`;
  for (const [i, p] of o.papers.entries()) {
    for (const seed of o.seeds) {
      jobs.push({ kind: 'claims', sweepId: id, point: jobs.length, commit, slug: p.slug, seed, claims: p.claims.map((c) => c.id), full: o.full });
      points.push({ label: `${p.slug} seed ${seed}`, cost: costs.every((c) => c !== undefined) ? (costs[i] ?? 1) : 1 });
    }
  }
  const startedAt = Date.now();
  const progress = new SweepProgress(points, startedAt, 'jobs');
  const printer = progressPrinter(progress, startedAt, 'claims run');
  const what = `claims run ${id}: ${o.papers.map((p) => `${p.slug} (${p.claims.length} claim${p.claims.length === 1 ? '' : 's'})`).join(', ')} × seeds ${o.seeds.join(', ')}: ${jobs.length} job${jobs.length === 1 ? '' : 's'}`;
  let engine: SeedsEngine;
  let workers: number | null = null;
  let out: { done: Map<number, PointDone>; failed: PointFailure[] };
  const timer = setInterval(() => printer.tick(), 1000);
  try {
    if (o.redis) {
      engine = 'bullmq';
      const conn = await connectRedis(o.redis);
      const q = new SweepQueue(conn);
      try {
        const { queued, finished } = await q.submitJobs(jobs, ATTEMPTS);
        console.log(`${what} on ${redactUrl(o.redis)}: ${finished} finished before, ${queued} queued now\n  workers: npm run sweep-worker -- --redis ${redactUrl(o.redis)}`);
        out = await q.wait({ id }, points, progress, () => printer.tick());
      } finally {
        await q.close();
        conn.disconnect();
      }
    } else if (o.workers === 0) {
      engine = 'in-process';
      workers = 0;
      console.log(`${what} in this process (${o.backend})`);
      const env: WorkerEnv = {
        grid: loadGrid, tf: await initNodeBackend(o.backend), backend: o.backend, commit, worker: `${os.hostname()}:${process.pid}`,
        signal: new AbortController().signal, cache: new Map(), claims: loadPaperClaims,
      };
      out = await runPoints(inProcess(env), { jobs, points, attempts: 1, progress, onChange: () => printer.tick() });
    } else {
      engine = 'local';
      const size = Math.min(o.workers, jobs.length);
      workers = size;
      console.log(`${what} on ${size} local worker process${size === 1 ? '' : 'es'} (${o.backend})`);
      out = await runOnLocalPool(jobs, { size, backend: o.backend, attempts: ATTEMPTS, points, progress, onChange: () => printer.tick() });
    }
    printer.end();
  } finally {
    clearInterval(timer);
  }
  const wallMs = Date.now() - startedAt;

  const failedJob = new Map(out.failed.map((f) => [f.point, f] as const));
  const papers: PaperSeeds[] = o.papers.map((p) => ({
    slug: p.slug,
    claims: p.claims.map((c) => ({ id: c.id, statement: c.statement, source: c.source })),
    seeds: jobs.filter((j) => j.slug === p.slug).map((j): SeedRun => {
      const d = out.done.get(j.point);
      const f = failedJob.get(j.point);
      if (!d) return { seed: j.seed, failed: f ? { message: f.message, attempts: f.attempts } : { message: 'no result', attempts: 0 } };
      try {
        return { seed: j.seed, backend: d.backend, worker: d.worker, ms: Math.round(d.ms), ...(d.cpuMs === undefined ? {} : { cpuMs: Math.round(d.cpuMs) }), outcomes: parseClaimsResult(d.result) };
      } catch (e) {
        return { seed: j.seed, failed: { message: `its result is not a list of claim outcomes: ${e instanceof Error ? e.message : String(e)}`, attempts: 1 } };
      }
    }),
  }));
  for (const p of papers) console.log(`\n${formatSeedsTable(p)}`);

  const checks = papers.flatMap((p) => p.seeds.flatMap((s) => (s.outcomes ? s.outcomes.map((c) => c.pass) : p.claims.map(() => false))));
  const passed = checks.filter(Boolean).length;
  console.log(`\n${passed} of ${checks.length} (claim, seed) checks passed; ${formatSeconds(wallMs / 1000)} wall time, ${engine}`);
  if (o.out) {
    const file: SeedsFile = {
      format: 'paper-notebook-claims-seeds',
      version: 1,
      provenance: {
        command: `npm run claims -- ${o.args.map((a) => (o.redis && a === o.redis ? redactUrl(a) : a)).join(' ')}`,
        commit, engine, backend: o.backend, seeds: [...o.seeds], workers, full: o.full,
        machine: machineDescription(), date: new Date(startedAt).toISOString(), wallMs,
      },
      papers,
    };
    writeFileAtomic(o.out, `${JSON.stringify(file, null, 1)}\n`);
    console.log(`wrote ${o.out}`);
  }
  return passed === checks.length ? 0 : 1;
}

