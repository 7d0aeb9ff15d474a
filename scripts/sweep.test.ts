/**
 * `npm run sweep` end to end on the tiny Chinchilla sweep: local worker
 * processes, and BullMQ on a redis-server this test starts on a free loopback
 * port, with two `npm run sweep-worker` processes of which one is killed in the
 * middle of a point. Each merged run file must equal the one-process run of the
 * same sweep (wall-clock metrics aside) on WASM. Claims over seeds
 * (`npm run claims -- --seeds`) travel the same pool and queue: each seed must
 * equal the claim run in this process with that seed. Without redis-server the
 * BullMQ part is skipped with a message, except under CI, where it fails.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initNodeBackend } from '../src/core/backend/nodeBackend';
import { runClaims, type ClaimOutcome } from '../src/core/claimsRunner';
import { runFromFile } from '../src/core/history/runFile';
import type { RunRecord } from '../src/core/history/runRecord';
import { codeVersion, COMMIT_ENV } from '../src/core/sweep/commit';
import type { BoundSweep } from '../src/core/sweep/grid';
import { LocalPool } from '../src/core/sweep/localPool';
import { withoutTiming, type SweepProvenance } from '../src/core/sweep/merge';
import { parsePointDone, type PointDone, type PointJob } from '../src/core/sweep/pointJob';
import { SweepProgress } from '../src/core/sweep/progress';
import { connectRedis, QUEUE_NAME, startQueueWorker } from '../src/core/sweep/queue';
import { runPoints } from '../src/core/sweep/runPoints';
import { fitterRecovers } from '../src/papers/chinchilla/claims';
import { chinchillaSweepGrid } from '../src/papers/chinchilla/sweepGrid';
import { main as claimsMain } from './claims';
import { main } from './sweep';
import { loadPaperClaims, type SeedsFile } from './sweepClaims';

const tf = await initNodeBackend('wasm');
const dir = mkdtempSync(path.join(os.tmpdir(), 'sweep-test-'));
const TIMING = chinchillaSweepGrid.timingMetrics;
const haveRedis = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
const inCI = !!process.env.CI && process.env.CI !== 'false';

function readSweepFile(file: string): { run: RunRecord; sweep: SweepProvenance } {
  const text = readFileSync(file, 'utf8');
  const doc = JSON.parse(text) as { sweep: SweepProvenance };
  return { run: runFromFile(text, 'chinchilla'), sweep: doc.sweep };
}

/** What must be identical between two runs of the same sweep: rows (wall-clock metrics aside), artifacts, settings. */
function sameRun(a: RunRecord, b: RunRecord): void {
  expect(a.rows.length).toBeGreaterThan(0);
  expect(withoutTiming(a.rows, TIMING)).toEqual(withoutTiming(b.rows, TIMING));
  expect(JSON.stringify(a.artifacts)).toBe(JSON.stringify(b.artifacts));
  expect([a.params, a.seed, a.preset]).toEqual([b.params, b.seed, b.preset]);
}

/** Captures console.log lines while `f` runs. */
async function logged<T>(f: () => Promise<T>): Promise<{ value: T; lines: string[] }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  const spyErr = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  // The progress bar goes to stderr; keep it out of the test log.
  const spyBar = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { value: await f(), lines };
  } finally {
    spy.mockRestore();
    spyErr.mockRestore();
    spyBar.mockRestore();
  }
}

/** What two runs of a claim with the same seed share exactly (not the wall time). */
const verdict = (o: ClaimOutcome) => ({ ...o, seconds: 0 });

/** The claim each seed gives in this process: what every engine's seeds must equal. */
const claimHere = (seeds: readonly number[]): Promise<ClaimOutcome[][]> =>
  Promise.all(seeds.map((seed) => runClaims([fitterRecovers], { tf, backend: 'wasm', seed, signal: new AbortController().signal })));

/** Runs `f` with submitter and workers on one code version, whatever else changes in this checkout meanwhile. */
async function pinnedCommit<T>(f: () => Promise<T>): Promise<T> {
  const before = process.env[COMMIT_ENV];
  process.env[COMMIT_ENV] = codeVersion();
  try {
    return await f();
  } finally {
    if (before === undefined) delete process.env[COMMIT_ENV];
    else process.env[COMMIT_ENV] = before;
  }
}

const reference = path.join(dir, 'one-process.run.json');

beforeAll(async () => {
  const { value } = await logged(() => main(['chinchilla', '--preset', 'tiny', '--workers', '0', '--out', reference]));
  expect(value).toBe(0);
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run sweep, local worker processes', () => {
  it('runs the tiny sweep on 2 processes and merges it into the one-process run file', async () => {
    const out = path.join(dir, 'local.run.json');
    const { value } = await logged(() => main(['chinchilla', '--preset', 'tiny', '--workers', '2', '--out', out]));
    expect(value).toBe(0);
    const local = readSweepFile(out);
    const ref = readSweepFile(reference);
    sameRun(local.run, ref.run);
    expect(local.run.end).toBe('done');
    expect(local.sweep.engine).toBe('local');
    // Which of the two processes takes which point is a race (one that starts sooner can take them all).
    const workers = new Set(local.sweep.ran.map((r) => r.worker));
    expect(workers.size).toBeGreaterThanOrEqual(1);
    expect(workers.size).toBeLessThanOrEqual(2);
    expect(local.sweep.ran).toHaveLength(chinchillaSweepGrid.points(chinchillaSweepGrid.canonical('preset=tiny')).length);
    expect(ref.sweep.engine).toBe('one-process');
  }, 240_000);

  it('a worker process killed mid-point: the pool replaces it and the next attempt gives the same result', async () => {
    const query = chinchillaSweepGrid.canonical('preset=tiny');
    const points = chinchillaSweepGrid.points(query);
    const longest = points.reduce((b, p, i) => (p.cost > points[b].cost ? i : b), 0);
    const pool = new LocalPool<PointJob, PointDone>({
      size: 1,
      command: [process.execPath, 'scripts/runTs.mjs', 'scripts/sweepWorker.ts', '--local', '--backend', 'wasm'],
      parse: parsePointDone,
    });
    const errors: string[] = [];
    let killedPid: number | undefined;
    try {
      const job: PointJob = { sweepId: 't', slug: 'chinchilla', query, point: longest, commit: codeVersion() };
      const { done, failed } = await runPoints(
        async (j, onProgress) => {
          try {
            return await pool.run(j, (f) => {
              onProgress(f);
              // The first progress report arrives after the point's first step: kill the process there.
              if (killedPid === undefined) {
                killedPid = pool.pids()[0];
                process.kill(killedPid, 'SIGKILL');
              }
            });
          } catch (e) {
            errors.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
            throw e;
          }
        },
        { jobs: [job], points, attempts: 2, progress: new SweepProgress(points, Date.now()), onChange: () => undefined },
      );
      expect(failed).toEqual([]);
      expect(errors).toEqual([`WorkerExitError: worker process ${killedPid} was killed (SIGKILL) during the job`]);
      expect(pool.pids()).not.toContain(killedPid);
      const ref = readSweepFile(reference).run.artifacts.runs;
      // The retried point's run record is the one-process run's.
      const retried = chinchillaSweepGrid.merge(query, new Map([[longest, done.get(longest)?.result]])).artifacts.runs;
      expect(JSON.stringify(retried)).toBe(JSON.stringify(Array.isArray(ref) ? [ref[longest]] : null));
    } finally {
      await pool.close();
    }
  }, 240_000);

  it('refuses bad settings before starting anything', async () => {
    const { value, lines } = await logged(() => main(['chinchilla', '--preset', 'tiny', '--params', 'lr=banana', '--workers', '1']));
    expect(value).toBe(2);
    expect(lines.join('\n')).toMatch(/lr=banana|Peak learning rate/);
  });
});

describe('npm run claims -- --seeds, local worker processes', () => {
  it('runs a claim over 2 seeds on 2 local worker processes, each seed equal to the claim run here with that seed', async () => {
    // Chinchilla's fitter claim: about a second, and seed-dependent (otherwise this test could not tell the seeds apart).
    const here = await claimHere([1, 2]);
    expect(here[0][0].measured).not.toBe(here[1][0].measured);
    const out = path.join(dir, 'claims-local.json');
    const r = await pinnedCommit(() => logged(() => claimsMain(['chinchilla', '--claim', fitterRecovers.id, '--seeds', '1..2', '--workers', '2', '--out', out])));
    const passes = here.filter((o) => o[0].pass).length;
    expect(r.value).toBe(passes === 2 ? 0 : 1);
    const text = r.lines.join('\n');
    expect(text).toContain(`${fitterRecovers.id}: holds on ${passes} of 2 seeds`);
    expect(text).toMatch(/\| chinchilla-fitter-recovers-law \| alpha = .* \| (pass|FAIL): alpha = .* \| (pass|FAIL): alpha = .* \| \d of 2 \|/);

    const file: SeedsFile = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.provenance).toMatchObject({ engine: 'local', workers: 2, seeds: [1, 2], backend: 'wasm', full: false });
    expect(file.papers.map((p) => p.slug)).toEqual(['chinchilla']);
    expect(file.papers[0].seeds.map((s) => [s.seed, s.backend, s.failed])).toEqual([[1, 'wasm', undefined], [2, 'wasm', undefined]]);
    expect(file.papers[0].seeds.map((s) => s.outcomes?.map(verdict))).toEqual(here.map((o) => o.map(verdict)));
  }, 120_000);

  it.each([
    [['--seeds', '1.5'], "--seeds: '1.5' is not a seed (a non-negative integer) or a range a..b"],
    [['--seeds', '-1'], "--seeds: '-1' is not a seed"],
    [['--seeds', ''], '--seeds needs seeds: 1,2,3 or 1..5'],
    [['--seeds', '1,,2'], "--seeds: '' is not a seed"],
    [['--seeds', '0..64'], "--seeds: '0..64' is 65 seeds; at most 64 in one command"],
    [['--seeds', '5..3'], "the range '5..3' counts down"],
    [['--seeds', '1,2,1'], 'seed 1 is given twice'],
    [['--seeds', '4294967296'], 'above 4294967295'],
    [['--seeds'], '--seeds needs a value'],
    [['--seeds', '1,2', '--record'], '--seeds cannot go with --record'],
    [['--seeds', '1', '--from', 'x.run.json'], '--seeds cannot go with --from'],
    [['--workers', '2', '--record'], '--workers cannot go with --record'],
    [['--seeds', '1', '--workers', 'two'], "--workers must be an integer >= 0 (0 runs the seeds in this process), not 'two'"],
    [['--seeds', '1', '--workers', '2', '--redis', 'redis://127.0.0.1:1'], 'choose one'],
  ])('refuses %j with exit code 2 and a message', async (extra, message) => {
    const r = await logged(() => claimsMain(['chinchilla', ...extra]));
    expect(r.value).toBe(2);
    expect(r.lines.join('\n')).toContain(message);
  });
});

/** A free TCP port on 127.0.0.1 (the test's Redis, and a port where nothing listens). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

interface WorkerProc {
  name: string;
  proc: ChildProcess;
  lines: string[];
}

function startWorker(url: string, name: string, onLine: (w: WorkerProc, line: string) => void): WorkerProc {
  const proc = spawn(process.execPath, ['scripts/runTs.mjs', 'scripts/sweepWorker.ts', '--redis', url, '--lock-ms', '3000', '--name', name], { stdio: ['ignore', 'pipe', 'inherit'] });
  const w: WorkerProc = { name, proc, lines: [] };
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    w.lines.push(line);
    onLine(w, line);
  });
  return w;
}

const exited = (p: ChildProcess): Promise<void> => new Promise((r) => (p.exitCode !== null || p.signalCode !== null ? r() : p.once('exit', () => r())));

if (!haveRedis) {
  if (inCI) {
    it('has redis-server installed (CI never skips the BullMQ tests: .ci/run installs it)', () => {
      throw new Error('redis-server is not on PATH; install Debian\'s redis-server (.ci/run does)');
    });
  } else {
    console.warn('scripts/sweep.test.ts: redis-server is not on PATH, so the BullMQ sweep tests are skipped (apt-get install redis-server). CI never skips them.');
  }
}

describe.skipIf(!haveRedis)('npm run sweep --redis: BullMQ on a redis-server of its own', () => {
  let redis: ChildProcess;
  let url = '';
  const workers: WorkerProc[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        (await connectRedis(url, 500)).disconnect();
        break;
      } catch (e) {
        if (i > 50) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, 30_000);

  afterAll(async () => {
    for (const w of workers) w.proc.kill('SIGKILL');
    await Promise.all(workers.map((w) => exited(w.proc)));
    redis?.kill('SIGKILL');
    if (redis) await exited(redis);
  });

  it('two workers, one killed mid-point: the job goes to the other, and the resumed, merged file equals the one-process run', async () => {
    const points = chinchillaSweepGrid.points('preset=tiny');
    const longest = points.reduce((b, p, i) => (p.cost > points[b].cost ? i : b), 0);
    let killed: WorkerProc | null = null;
    const onLine = (w: WorkerProc, line: string) => {
      // Kill whichever worker starts the longest point, the moment it starts.
      if (!killed && new RegExp(`: point ${longest} of \\S+ started`).test(line)) {
        killed = w;
        w.proc.kill('SIGKILL');
      }
    };
    workers.push(startWorker(url, 'wA', onLine), startWorker(url, 'wB', onLine));

    // Submit and leave (as if the submitter died), then resume: it waits and merges.
    const submitted = await logged(() => main(['chinchilla', '--preset', 'tiny', '--redis', url, '--detach']));
    expect(submitted.value).toBe(0);
    const id = /sweep (chinchilla-[0-9a-f]+)/.exec(submitted.lines.join('\n'))?.[1];
    expect(id).toBeTruthy();
    const out = path.join(dir, 'queue.run.json');
    const resumed = await logged(() => main(['--redis', url, '--resume', id!, '--out', out]));
    expect(resumed.value).toBe(0);

    expect(killed).not.toBeNull();
    const survivor = workers.find((w) => w !== killed)!;
    const merged = readSweepFile(out);
    sameRun(merged.run, readSweepFile(reference).run);
    expect(merged.run.end).toBe('done');
    expect(merged.sweep.engine).toBe('bullmq');
    expect(merged.sweep.ran.find((r) => r.point === longest)?.worker).toBe(survivor.name);

    // The killed point was started twice: once by the dead worker, then by the stalled-job check's pick.
    const conn = new Redis(url, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUE_NAME, { connection: conn });
    const job = await Job.fromId(queue, `${id}.${longest}`);
    expect(job?.attemptsStarted).toBeGreaterThanOrEqual(2);

    // Resuming a finished sweep redoes nothing.
    const again = await logged(() => main(['--redis', url, '--resume', id!, '--out', path.join(dir, 'again.run.json')]));
    expect(again.value).toBe(0);
    expect(again.lines.join('\n')).toMatch(/12 finished before, 0 queued now/);
    expect((await Job.fromId(queue, `${id}.0`))?.attemptsStarted).toBe(1);
    await queue.close();
    conn.disconnect();

    survivor.proc.kill('SIGTERM');
    await exited(survivor.proc);
  }, 300_000);

  it('a point that keeps throwing fails after its attempts; the file records which points are missing', async () => {
    const conn = await connectRedis(url);
    const faulty: BoundSweep = {
      ...chinchillaSweepGrid,
      runPoint: (query, index, ctx) => (index === 3 ? Promise.reject(new Error('loss became NaN at step 2')) : chinchillaSweepGrid.runPoint(query, index, ctx)),
    };
    const worker = startQueueWorker({
      conn, log: () => undefined,
      env: { grid: async () => faulty, tf, backend: 'wasm', commit: codeVersion(), worker: 'in-test', signal: new AbortController().signal, cache: new Map() },
    });
    const out = path.join(dir, 'faulty.run.json');
    try {
      const r = await logged(() => main(['chinchilla', '--preset', 'tiny', '--seed', '7', '--redis', url, '--attempts', '2', '--out', out]));
      expect(r.value).toBe(1);
      expect(r.lines.join('\n')).toMatch(/1 of 12 points missing: #3 run 4.*loss became NaN at step 2; 2 attempts/);
    } finally {
      await worker.close();
      conn.disconnect();
    }
    const { run, sweep } = readSweepFile(out);
    expect(run.end).toBe('error');
    expect(sweep.failed).toEqual([{ point: 3, label: chinchillaSweepGrid.points('preset=tiny&seed=7')[3].label, message: 'loss became NaN at step 2', attempts: 2 }]);
    expect(sweep.completed).toBe(11);
    expect(run.rows.some((row) => row.values.run === 3)).toBe(false);
  }, 180_000);

  it('a worker running other code refuses the job at once, with a message', async () => {
    const conn = await connectRedis(url);
    const lines: string[] = [];
    const worker = startQueueWorker({
      conn, log: (l) => lines.push(l),
      env: { grid: async () => chinchillaSweepGrid, tf, backend: 'wasm', commit: 'other-code', worker: 'stale', signal: new AbortController().signal, cache: new Map() },
    });
    const queue = new Queue(QUEUE_NAME, { connection: conn });
    try {
      const sub = await logged(() => main(['chinchilla', '--preset', 'tiny', '--seed', '9', '--redis', url, '--detach']));
      const id = /sweep (chinchilla-[0-9a-f]+)/.exec(sub.lines.join('\n'))?.[1];
      for (let i = 0; i < 300 && (await queue.getJobState(`${id}.0`)) !== 'failed'; i++) await new Promise((r) => setTimeout(r, 100));
      // Read the job after it failed (a copy read before has no failedReason).
      const job = await Job.fromId(queue, `${id}.0`);
      expect(await job?.getState()).toBe('failed');
      expect(job?.failedReason).toMatch(/worker stale runs code other-code but sweep chinchilla-\w+ was submitted from \S+: refused\./);
      expect(job?.attemptsMade).toBe(1);
    } finally {
      await worker.close();
      await queue.close();
      conn.disconnect();
    }
  }, 60_000);

  it('claims over seeds are jobs on the same queue, each seed equal to the claim run here; a job that keeps throwing fails with its message', async () => {
    const seeds = [3, 4];
    const here = await claimHere(seeds);
    const conn = await connectRedis(url);
    const out = path.join(dir, 'claims-queue.json');
    try {
      await pinnedCommit(async () => {
        const env = { grid: async () => chinchillaSweepGrid, tf, backend: 'wasm' as const, commit: codeVersion(), signal: new AbortController().signal, cache: new Map() };
        const worker = startQueueWorker({ conn, log: () => undefined, env: { ...env, worker: 'claims-worker', claims: loadPaperClaims } });
        try {
          const r = await logged(() => claimsMain(['chinchilla', '--claim', fitterRecovers.id, '--seeds', seeds.join(','), '--redis', url, '--out', out]));
          expect(r.value).toBe(here.every((o) => o[0].pass) ? 0 : 1);
          expect(r.lines.join('\n')).toMatch(/2 jobs on redis:\/\/127\.0\.0\.1:\d+\/?: 0 finished before, 2 queued now/);
        } finally {
          await worker.close();
        }
        // A worker that cannot load the paper: the job throws on both attempts, then counts as failed, and the claim fails that seed.
        const broken = startQueueWorker({ conn, log: () => undefined, env: { ...env, worker: 'broken', claims: () => Promise.reject(new Error('paper module failed to load')) } });
        try {
          const r = await logged(() => claimsMain(['chinchilla', '--claim', fitterRecovers.id, '--seeds', '5', '--redis', url]));
          expect(r.value).toBe(1);
          expect(r.lines.join('\n')).toMatch(/\| job failed: paper module failed to load \| 0 of 1 \|[^]*holds on 0 of 1 seed\b/);
        } finally {
          await broken.close();
        }
      });
    } finally {
      conn.disconnect();
    }
    const file: SeedsFile = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.provenance).toMatchObject({ engine: 'bullmq', workers: null, seeds });
    expect(file.papers[0].seeds.map((s) => [s.seed, s.worker])).toEqual(seeds.map((seed) => [seed, 'claims-worker']));
    expect(file.papers[0].seeds.map((s) => s.outcomes?.map(verdict))).toEqual(here.map((o) => o.map(verdict)));
  }, 60_000);

  it('an unreachable Redis is a clear error naming the URL, and nothing is written', async () => {
    const closed = `redis://127.0.0.1:${await freePort()}`;
    const out = path.join(dir, 'never.run.json');
    const r = await logged(() => main(['chinchilla', '--preset', 'tiny', '--redis', closed, '--out', out]));
    expect(r.value).toBe(1);
    expect(r.lines.join('\n')).toContain(`cannot reach Redis at ${closed}`);
    expect(existsSync(out)).toBe(false);
    const claims = await logged(() => claimsMain(['chinchilla', '--seeds', '1', '--redis', closed, '--out', out]));
    expect(claims.value).toBe(1);
    expect(claims.lines.join('\n')).toContain(`claims: cannot reach Redis at ${closed}`);
    expect(existsSync(out)).toBe(false);
  });
});
