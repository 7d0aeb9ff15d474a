/**
 * `npm run sweep -- <slug> [options]`: runs a paper's grid (src/core/sweep) as
 * independent points and merges them into one `.run.json` that the panel's
 * *Import run…* opens.
 *
 *   --preset NAME     the paper's preset (default 'default')
 *   --seed N          run seed (default: the preset's)
 *   --params QUERY    further settings as in the panel's link, e.g. 'lr=0.02&sz=6'
 *   --out FILE        the run file (default <slug>-<preset>-seed<N>.run.json)
 *   --workers N       local worker processes (default: the number of cores);
 *                     0 runs the experiment itself in this process (the reference)
 *   --attempts K      tries per point before it counts as failed (default 2)
 *   --backend B       wasm (default), cpu or webgpu (Node WebGPU), for local workers
 *   --redis URL       submit the points as jobs on a BullMQ queue instead, served by
 *                     `npm run sweep-worker -- --redis URL` on any machines; wait, merge
 *   --detach          with --redis: submit, print the sweep id and exit
 *   --resume ID       with --redis: wait for a submitted sweep (finished points are kept), merge
 *
 * Exit 0 when every point finished, 1 when some failed (the file is written,
 * and says which are missing) or the queue could not be reached (nothing
 * written), 2 on bad arguments. Run through scripts/runTs.mjs.
 */
import os from 'node:os';
import { initNodeBackend, type NodeBackend } from '../src/core/backend/nodeBackend';
import { codeVersion, shortHash } from '../src/core/sweep/commit';
import { SweepError, type BoundSweep, type PointInfo } from '../src/core/sweep/grid';
import { mergeSweep, sweepFileText, sweepRecord, type PointFailure, type SweepEngine } from '../src/core/sweep/merge';
import type { PointDone, PointJob } from '../src/core/sweep/pointJob';
import { formatSeconds, progressPrinter, SweepProgress } from '../src/core/sweep/progress';
import { connectRedis, redactUrl, SweepQueue, type SweepMeta } from '../src/core/sweep/queue';
import { writeFileAtomic } from '../src/core/sweep/runPoints';
import { loadGrid, SWEEP_GRIDS } from './sweepGrids';
import { runOnLocalPool } from './sweepPool';

const USAGE =
  'usage: npm run sweep -- <slug> [--preset NAME] [--seed N] [--params QUERY] [--out FILE] [--workers N] [--attempts K] [--backend wasm|cpu|webgpu]\n' +
  '                                [--redis URL [--detach | --resume ID]]';
const VALUED = ['--preset', '--seed', '--params', '--out', '--workers', '--attempts', '--backend', '--redis', '--resume'];

class UsageError extends Error {}

interface Options {
  slug: string | undefined;
  preset: string;
  seed: string | undefined;
  params: string;
  out: string | undefined;
  workers: number;
  attempts: number;
  backend: NodeBackend;
  redis: string | undefined;
  detach: boolean;
  resume: string | undefined;
}

function parseOptions(args: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  const positional = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1]));
  const unknown = args.filter((a) => a.startsWith('--') && !VALUED.includes(a) && a !== '--detach');
  if (unknown.length) throw new UsageError(`unknown option ${unknown.join(', ')}`);
  if (positional.length > 1) throw new UsageError(`one paper at a time, not ${positional.join(', ')}`);
  const int = (name: string, def: number, min: number): number => {
    const v = value(name);
    if (v === undefined) return def;
    const x = Number(v);
    if (!Number.isInteger(x) || x < min) throw new UsageError(`${name} must be an integer >= ${min}, not '${v}'`);
    return x;
  };
  const backend = value('--backend') ?? 'wasm';
  if (backend !== 'wasm' && backend !== 'cpu' && backend !== 'webgpu') throw new UsageError(`--backend must be wasm, cpu or webgpu, not '${backend}'`);
  const o: Options = {
    slug: positional[0],
    preset: value('--preset') ?? 'default',
    seed: value('--seed'),
    params: value('--params') ?? '',
    out: value('--out'),
    workers: int('--workers', os.availableParallelism(), 0),
    attempts: int('--attempts', 2, 1),
    backend,
    redis: value('--redis'),
    detach: args.includes('--detach'),
    resume: value('--resume'),
  };
  if ((o.detach || o.resume) && !o.redis) throw new UsageError('--detach and --resume need --redis URL');
  if (!o.resume && !o.slug) throw new UsageError(`which paper? Papers with a sweep grid: ${Object.keys(SWEEP_GRIDS).join(', ')}`);
  if (o.seed !== undefined && !/^\d+$/.test(o.seed)) throw new UsageError(`--seed must be a non-negative integer, not '${o.seed}'`);
  return o;
}

function defaultOut(sweep: BoundSweep, query: string): string {
  const s = sweep.settings(query);
  return `${sweep.slug}-${s.preset}-seed${s.seed}.run.json`;
}

function writeResult(out: string, sweep: BoundSweep, args: { id: string; query: string; commit: string; engine: SweepEngine; points: readonly PointInfo[]; done: Map<number, PointDone>; failed: PointFailure[]; wallMs: number }): number {
  const { record, provenance } = mergeSweep({ sweep, ...args, now: Date.now() });
  writeFileAtomic(out, sweepFileText(record, provenance));
  const cpu = provenance.ran.reduce((t, r) => t + (r.cpuMs ?? 0), 0);
  console.log(`${out}: ${provenance.completed} of ${provenance.points} points, sweep ${args.id}, ${args.engine}; points took ${formatSeconds(cpu / 1000)} of worker CPU time`);
  if (record.message) console.log(record.message);
  return record.end === 'done' ? 0 : 1;
}

async function runLocal(o: Options, sweep: BoundSweep, id: string, query: string, commit: string, points: readonly PointInfo[], out: string): Promise<number> {
  const startedAt = Date.now();
  const jobs: PointJob[] = points.map((_, point) => ({ sweepId: id, slug: sweep.slug, query, point, commit }));
  const size = Math.min(o.workers, points.length);
  console.log(`sweep ${id}: ${points.length} points of ${sweep.slug} (${query}) on ${size} local worker process${size === 1 ? '' : 'es'} (${o.backend})`);
  const progress = new SweepProgress(points, startedAt);
  const printer = progressPrinter(progress, startedAt);
  const timer = setInterval(() => printer.tick(), 1000);
  try {
    const { done, failed } = await runOnLocalPool(jobs, { size, backend: o.backend, attempts: o.attempts, points, progress, onChange: () => printer.tick() });
    printer.end();
    return writeResult(out, sweep, { id, query, commit, engine: 'local', points, done, failed, wallMs: Date.now() - startedAt });
  } finally {
    clearInterval(timer);
  }
}

async function runOneProcess(o: Options, sweep: BoundSweep, id: string, query: string, commit: string, points: readonly PointInfo[], out: string): Promise<number> {
  console.log(`sweep ${id}: the ${sweep.slug} experiment in this process (${o.backend}), the reference for its sweeps`);
  const tf = await initNodeBackend(o.backend);
  const cpu0 = process.cpuUsage();
  let last = -1;
  const merged = await sweep.runOneProcess(query, tf, o.backend, (f) => {
    const pct = Math.floor(f * 10) * 10;
    if (pct > last) {
      last = pct;
      process.stderr.write(`  ${pct}%\n`);
    }
  });
  const now = Date.now();
  const record = sweepRecord(sweep, query, id, merged, { backend: o.backend, adapter: 'Node, one process', wallMs: merged.ms, now });
  writeFileAtomic(out, sweepFileText(record, { id, slug: sweep.slug, query, commit, engine: 'one-process', points: points.length, completed: points.length, failed: [], ran: [], wallMs: Math.round(merged.ms) }));
  const cpu = process.cpuUsage(cpu0);
  console.log(`${out}: the one-process run in ${formatSeconds(merged.ms / 1000)}, ${formatSeconds((cpu.user + cpu.system) / 1e6)} of CPU time`);
  return 0;
}

async function runQueued(o: Options, url: string, commit: string): Promise<number> {
  const conn = await connectRedis(url);
  const q = new SweepQueue(conn);
  try {
    let meta: SweepMeta;
    if (o.resume) {
      meta = await q.meta(o.resume);
      if (meta.commit !== commit) throw new SweepError(`sweep ${meta.id} was submitted from code ${meta.commit}, this checkout is ${commit}: resume it from that code`);
    } else {
      const sweep = await loadGrid(o.slug ?? '');
      const query = canonicalQuery(sweep, o);
      meta = { id: sweepId(sweep.slug, query, commit), slug: sweep.slug, query, commit, points: sweep.points(query).length, attempts: o.attempts, createdAt: Date.now() };
    }
    const sweep = await loadGrid(meta.slug);
    const points = sweep.points(meta.query);
    if (points.length !== meta.points) throw new SweepError(`sweep ${meta.id}: this code plans ${points.length} points, the sweep has ${meta.points}`);
    const out = o.out ?? defaultOut(sweep, meta.query);
    const { queued, finished } = await q.submit(meta);
    console.log(
      `sweep ${meta.id}: ${points.length} points of ${meta.slug} (${meta.query}) on ${redactUrl(url)}: ${finished} finished before, ${queued} queued now` +
        `\n  workers: npm run sweep-worker -- --redis ${redactUrl(url)}\n  resume:  npm run sweep -- --redis ${redactUrl(url)} --resume ${meta.id}`,
    );
    if (o.detach) return 0;
    const startedAt = Date.now();
    const progress = new SweepProgress(points, startedAt);
    const printer = progressPrinter(progress, startedAt);
    const { done, failed } = await q.wait(meta, points, progress, () => printer.tick());
    printer.end();
    return writeResult(out, sweep, { id: meta.id, query: meta.query, commit, engine: 'bullmq', points, done, failed, wallMs: Date.now() - meta.createdAt });
  } finally {
    await q.close();
    conn.disconnect();
  }
}

function canonicalQuery(sweep: BoundSweep, o: Options): string {
  const q = new URLSearchParams(o.params);
  q.set('preset', o.preset);
  if (o.seed !== undefined) q.set('seed', o.seed);
  return sweep.canonical(q.toString());
}

/** Same paper, settings and code: same id, so submitting again finds the points already done. */
const sweepId = (slug: string, query: string, commit: string): string => `${slug}-${shortHash(`${commit}\n${query}`)}`;

export async function main(args: string[]): Promise<number> {
  let o: Options;
  try {
    o = parseOptions(args);
  } catch (e) {
    console.error(`sweep: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const commit = codeVersion();
  try {
    if (o.redis) return await runQueued(o, o.redis, commit);
    const sweep = await loadGrid(o.slug ?? '');
    let query: string;
    try {
      query = canonicalQuery(sweep, o);
    } catch (e) {
      console.error(`sweep: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    const points = sweep.points(query);
    const id = sweepId(sweep.slug, query, commit);
    const out = o.out ?? defaultOut(sweep, query);
    return o.workers === 0 ? await runOneProcess(o, sweep, id, query, commit, points, out) : await runLocal(o, sweep, id, query, commit, points, out);
  } catch (e) {
    console.error(`sweep: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
