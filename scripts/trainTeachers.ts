/**
 * `npm run train-teachers [-- options]`: searches the humanoid walk teacher's
 * gait period and controller gains with CMA-ES (src/core/optim/cmaes.ts),
 * maximising the walk task's return over a few seeded starts, and writes the
 * best so far after every generation (so a run stopped by a time limit still
 * leaves a result).
 *
 *   --workers N   evaluation processes (default: the number of CPUs)
 *   --seconds S   stop after S seconds of wall time (default: no limit)
 *   --generations G   stop after G generations (default: no limit)
 *   --seed N      CMA-ES seed (default 1)
 *   --out FILE    where the best spec goes (default src/papers/teacher-mompo/humanoid/walkGains.json)
 *   --init FILE   start from an earlier spec instead of the hand-tuned gains
 *   --steps N     control steps per start (default 400)
 *   --starts K    seeded starts per candidate (default 3)
 *   --init-noise R   joint perturbation (rad) of the starts (default 0.05)
 *   --noise S     Gaussian action noise during scoring (default 0)
 *   --min-period T   shortest gait-clock period (s) the search may use (default 0.4; the longest is 1.6)
 *   --sigma X     initial step size in normalised units (default 0.5)
 *   --lambda N    population size (default CMA-ES's 4 + ⌊3 ln n⌋)
 *
 * Workers are the same command line re-run with `--worker`, served by the
 * local worker pool that `npm run sweep` uses (src/core/sweep/localPool.ts:
 * one job per process over Node's IPC channel), so the script also runs as a
 * single-file bundle with plain node (`ENTRY=scripts/trainTeachers.ts npx vite build --config scripts/nodeBundle.config.mjs`)
 * (it imports MuJoCo, the controller and CMA-ES, never tfjs).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CmaEs } from '../src/core/optim/cmaes';
import { LocalPool, servePool } from '../src/core/sweep/localPool';
import { Rng } from '../src/core/rng';
import { aggregateStarts, parseWalkSpec, PERIOD_RANGE, SEARCH_SIZE, specAt, WALK_START, type WalkScore, WalkScorer, type WalkStart, type WalkTeacherSpec } from '../src/papers/teacher-mompo/humanoid/walkSearch';

const DEFAULT_OUT = 'src/papers/teacher-mompo/humanoid/walkGains.json';

/** One start of one candidate: the unit of work a worker process does. */
interface Job {
  spec: WalkTeacherSpec;
  seed: number;
}

interface Options {
  workers: number;
  seconds: number;
  generations: number;
  seed: number;
  out: string;
  init: string | null;
  steps: number;
  starts: number;
  sigma: number;
  lambda: number | undefined;
  initNoise: number;
  noise: number;
  minPeriod: number;
}

function parseOptions(args: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const num = (name: string, def: number, ok: (x: number) => boolean): number => {
    const v = value(name);
    if (v === undefined) return def;
    const x = Number(v);
    if (!ok(x)) throw new Error(`${name} got '${v}'`);
    return x;
  };
  const posInt = (x: number) => Number.isInteger(x) && x >= 1;
  const lambda = value('--lambda');
  return {
    workers: num('--workers', os.availableParallelism?.() ?? os.cpus().length, posInt),
    seconds: num('--seconds', Infinity, (x) => x > 0),
    generations: num('--generations', Infinity, posInt),
    seed: num('--seed', 1, (x) => Number.isInteger(x) && x >= 0),
    out: value('--out') ?? DEFAULT_OUT,
    init: value('--init') ?? null,
    steps: num('--steps', 400, posInt),
    starts: num('--starts', 3, posInt),
    sigma: num('--sigma', 0.5, (x) => x > 0),
    initNoise: num('--init-noise', 0.05, (x) => x >= 0 && x <= 1),
    noise: num('--noise', 0, (x) => x >= 0 && x <= 1),
    minPeriod: num('--min-period', PERIOD_RANGE[0], (x) => x >= PERIOD_RANGE[0] && x < PERIOD_RANGE[1]),
    lambda: lambda === undefined ? undefined : num('--lambda', 0, (x) => posInt(x) && x >= 2),
  };
}

/** Seeds of the starts a candidate is scored on (fixed: every candidate sees the same starts). */
const startSeeds = (k: number): number[] => Array.from({ length: k }, (_, i) => 1001 + i);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function parseJob(x: unknown): Job {
  if (!isRecord(x) || typeof x.seed !== 'number') throw new Error('a train-teachers job needs {spec, seed}');
  return { spec: parseWalkSpec(x.spec), seed: x.seed };
}

function parseStart(x: unknown): WalkStart {
  if (!isRecord(x)) throw new Error('a walk start result must be an object');
  const { ret, forwardRet, speed, steps, fell, minAir } = x;
  if (typeof ret !== 'number' || typeof forwardRet !== 'number' || typeof speed !== 'number' || typeof steps !== 'number' || typeof fell !== 'boolean' || typeof minAir !== 'number') {
    throw new Error('a walk start result needs ret, forwardRet, speed, steps, fell and minAir');
  }
  return { ret, forwardRet, speed, steps, fell, minAir };
}

/** Worker: scores each start the parent's pool sends (src/core/sweep/localPool.ts). */
async function worker(o: Options): Promise<number> {
  const scorer = new WalkScorer({ steps: o.steps, initNoise: o.initNoise, actionNoise: o.noise });
  await servePool(parseJob, (job) => scorer.start(job.spec, job.seed));
  scorer.dispose();
  return 0;
}

/** A candidate's score over every start, each start a job for the next idle worker process. */
async function score(pool: LocalPool<Job, WalkStart>, spec: WalkTeacherSpec, seeds: readonly number[]): Promise<WalkScore> {
  return aggregateStarts(await Promise.all(seeds.map((seed) => pool.run({ spec, seed }))));
}

function writeBest(file: string, spec: WalkTeacherSpec, score: WalkScore, info: Record<string, unknown>): void {
  const round = (x: number) => Number(x.toFixed(4));
  const gains = Object.fromEntries(Object.entries(spec.gains).map(([k, v]) => [k, round(v)]));
  const body = { period: spec.period, gains, score: { forwardRet: round(score.forwardRet), ret: round(score.ret), speed: round(score.speed), steps: round(score.steps), falls: score.falls, minAir: round(score.minAir) }, ...info };
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(body, null, 2)}\n`);
  renameSync(tmp, file);
}

export async function main(args: string[]): Promise<number> {
  let o: Options;
  try {
    o = parseOptions(args);
  } catch (e) {
    console.error(`train-teachers: ${(e as Error).message}`);
    return 2;
  }
  if (args.includes('--worker')) return worker(o);
  let start: WalkTeacherSpec = WALK_START;
  // How the start was made: the runs before this one, oldest first (each reproducible with --generations).
  let history: unknown[] = [];
  if (o.init) {
    try {
      const json = JSON.parse(readFileSync(o.init, 'utf8')) as { provenance?: unknown };
      start = parseWalkSpec(json);
      if (Array.isArray(json.provenance)) history = json.provenance;
    } catch (e) {
      console.error(`train-teachers: cannot read --init ${o.init}: ${(e as Error).message}`);
      return 2;
    }
  }
  const t0 = Date.now();
  const es = new CmaEs({ mean: new Array(SEARCH_SIZE).fill(0), sigma: o.sigma, rng: new Rng(o.seed), lambda: o.lambda });
  // The same command line re-run with --worker (under scripts/runTs.mjs, or as a bundle with plain node).
  const pool = new LocalPool<Job, WalkStart>({ size: o.workers, command: [process.execPath, ...process.execArgv, ...process.argv.slice(1), '--worker'], parse: parseStart, maxRestarts: 0 });
  const seeds = startSeeds(o.starts);
  const steps = o.steps;
  console.log(`train-teachers: CMA-ES over ${SEARCH_SIZE} numbers, λ = ${es.lambda}, ${o.workers} workers, ${o.starts} starts × ${steps} control steps per candidate → ${o.out}`);
  let best: { spec: WalkTeacherSpec; score: WalkScore } | undefined;
  const run = (generations: number) => ({
    init: o.init ?? 'hand-tuned (WALK_START)', seed: o.seed, generations, lambda: es.lambda, sigma: o.sigma, steps, starts: o.starts, initNoise: o.initNoise, noise: o.noise, minPeriod: o.minPeriod,
    evaluations: 1 + generations * es.lambda, seconds: Math.round((Date.now() - t0) / 1000),
  });
  let evaluations = 0;
  try {
    // The start itself is scored first, so the file never holds worse than it.
    const s0 = await score(pool, start, seeds);
    evaluations++;
    best = { spec: start, score: s0 };
    writeBest(o.out, start, s0, { provenance: [...history, run(0)] });
    console.log(`start: forward return ${s0.forwardRet.toFixed(1)}, walk return ${s0.ret.toFixed(1)}, speed ${s0.speed.toFixed(2)} m/s, ${s0.steps.toFixed(0)} steps, ${s0.falls} falls`);
    while (es.generation < o.generations && (Date.now() - t0) / 1000 < o.seconds) {
      const xs = es.ask();
      const specs = xs.map((x) => specAt(start, x, [o.minPeriod, PERIOD_RANGE[1]]));
      const scores = await Promise.all(specs.map((s) => score(pool, s, seeds)));
      evaluations += scores.length;
      es.tell(xs, scores.map((s) => -s.forwardRet));
      let g = 0;
      for (let i = 1; i < scores.length; i++) if (scores[i].forwardRet > scores[g].forwardRet) g = i;
      if (scores[g].forwardRet > best.score.forwardRet) best = { spec: specs[g], score: scores[g] };
      const mean = scores.reduce((s, x) => s + x.forwardRet, 0) / scores.length;
      writeBest(o.out, best.spec, best.score, { provenance: [...history, run(es.generation)] });
      console.log(
        `gen ${es.generation} evals ${evaluations} best ${best.score.forwardRet.toFixed(1)} (walk return ${best.score.ret.toFixed(1)}, speed ${best.score.speed.toFixed(2)} m/s, falls ${best.score.falls}/${o.starts}) ` +
          `gen-best ${scores[g].forwardRet.toFixed(1)} gen-mean ${mean.toFixed(1)} speed ${scores[g].speed.toFixed(2)} σ ${es.sigma.toFixed(3)} t ${((Date.now() - t0) / 1000).toFixed(0)} s`,
      );
    }
  } finally {
    await pool.close();
  }
  if (!best) return 1;
  console.log(`best forward return ${best.score.forwardRet.toFixed(1)} (walk return ${best.score.ret.toFixed(1)}) at ${best.score.speed.toFixed(2)} m/s, written to ${o.out}`);
  return 0;
}

// Run directly as a bundle (`node trainTeachers.mjs …`); under scripts/runTs.mjs, main is called by the runner.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
