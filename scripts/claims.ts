/**
 * `npm run claims [-- <slug> ...] [--backend wasm|cpu|webgpu] [--claim <id>] [--full] [--from file.run.json] [--record]`:
 * runs each built paper's claims for real in Node and prints measured vs expected. `--full`
 * lets claims that have one run their longer variant (more seeds). `--from` (one paper)
 * hands a recorded run, e.g. a merged `npm run sweep` file, to the claims that can
 * read it instead of training it again; the table's "checked on" column says which did.
 * `--record` writes each paper's outcomes with provenance to public/runs/<slug>/claims.json,
 * the recorded verdicts its Reproduce section shows.
 *
 * `--seeds 1,2,3` (or `1..5`) runs the chosen claims over those seeds as jobs, on
 * `--workers N` local worker processes (default: the number of cores; 0: this
 * process) or the BullMQ queue at `--redis URL`, and prints passes k of n per claim;
 * `--out FILE` writes every seed's outcomes (scripts/sweepClaims.ts).
 * Exit 1 when a claim fails (on any seed), 2 on bad arguments. Run through scripts/runTs.mjs.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { initNodeBackend, type NodeBackend } from '../src/core/backend/nodeBackend';
import type { Claim, ClaimContext } from '../src/core/claims';
import { claimsBackend, runClaims, type ClaimOutcome } from '../src/core/claimsRunner';
import { runFromFile } from '../src/core/history/runFile';
import type { PaperDef } from '../src/core/paper';
import { CATALOG } from '../src/papers/catalog';
import { formatClaimsTable } from './claimsTable';
import { writeRecordedClaims } from './recordClaims';
import { parseSeeds, runClaimsOverSeeds } from './sweepClaims';

const VALUED = ['--backend', '--claim', '--from', '--seeds', '--workers', '--redis', '--out'];

/** The papers named (all built ones when none is) with their chosen claims; a number is the exit code after a message. */
async function choosePapers(slugs: readonly string[], onlyClaim: string | undefined): Promise<{ slug: string; paper: PaperDef; claims: readonly Claim[] }[] | number> {
  const chosen: { slug: string; paper: PaperDef; claims: readonly Claim[] }[] = [];
  for (const entry of CATALOG.filter((p) => (slugs.length ? slugs.includes(p.slug) : true))) {
    if (!entry.load) {
      console.error(`${entry.slug}: not built yet, no claims to run.`);
      if (slugs.includes(entry.slug)) return 2;
      continue;
    }
    const paper = await entry.load();
    const claims = onlyClaim ? paper.claims.filter((c) => c.id === onlyClaim) : paper.claims;
    if (onlyClaim && claims.length === 0) {
      console.error(`${entry.slug} has no claim '${onlyClaim}'. Its claims: ${paper.claims.map((c) => c.id).join(', ')}`);
      if (slugs.includes(entry.slug)) return 2;
      continue;
    }
    chosen.push({ slug: entry.slug, paper, claims });
  }
  return chosen;
}

export async function main(args: string[]): Promise<number> {
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const given = (name: string) => args.includes(name);
  const requested = value('--backend') ?? 'wasm';
  if (requested !== 'wasm' && requested !== 'cpu' && requested !== 'webgpu') {
    console.error(`--backend must be wasm, cpu or webgpu (Node WebGPU through Dawn), not '${requested}'`);
    return 2;
  }
  for (const name of VALUED) {
    const v = value(name);
    if (given(name) && (v === undefined || v.startsWith('--'))) {
      console.error(`${name} needs a value`);
      return 2;
    }
  }
  const onlyClaim = value('--claim');
  const fromFile = value('--from');
  const optionValues = new Set(VALUED.map((name) => args.indexOf(name) + 1).filter((i) => i > 0));
  const slugs = args.filter((a, i) => !a.startsWith('--') && !optionValues.has(i));
  const unknown = slugs.filter((s) => !CATALOG.some((p) => p.slug === s));
  if (unknown.length) {
    console.error(`Unknown paper: ${unknown.join(', ')}. Papers: ${CATALOG.map((p) => p.slug).join(', ')}`);
    return 2;
  }

  // --seeds (or the engines that run seeds as jobs) takes its own path.
  const seedsMode = ['--seeds', '--workers', '--redis', '--out'].filter(given);
  let seeds: number[] = [1];
  let workers = os.availableParallelism();
  if (seedsMode.length) {
    const clash = ['--record', '--from'].filter(given);
    if (clash.length) {
      console.error(
        `${seedsMode.join(', ')} cannot go with ${clash.join(' or ')}: ${seedsMode.join(', ')} run${seedsMode.length === 1 ? 's' : ''} the claims live as jobs over seeds, ` +
          `while --record writes the seed-1 verdicts of one in-process run and --from checks a recorded run. Run those without ${seedsMode.join(', ')}.`,
      );
      return 2;
    }
    try {
      seeds = parseSeeds(value('--seeds') ?? '1');
    } catch (e) {
      console.error(e instanceof Error ? e.message : String(e));
      return 2;
    }
    const w = value('--workers');
    if (w !== undefined) {
      workers = Number(w);
      if (!/^\d+$/.test(w) || !Number.isSafeInteger(workers)) {
        console.error(`--workers must be an integer >= 0 (0 runs the seeds in this process), not '${w}'`);
        return 2;
      }
    }
    if (given('--workers') && given('--redis')) {
      console.error('--workers and --redis are two engines: local worker processes, or the workers serving that Redis; choose one');
      return 2;
    }
  }

  if (fromFile !== undefined && slugs.length !== 1) {
    console.error('--from checks one paper: name it (npm run claims -- <slug> --from file.run.json)');
    return 2;
  }
  let recorded: ClaimContext['recorded'];
  if (fromFile !== undefined) {
    try {
      recorded = { file: fromFile, run: runFromFile(readFileSync(fromFile, 'utf8'), slugs[0]) };
    } catch (e) {
      console.error(`--from ${fromFile}: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
  }
  const chosen = await choosePapers(slugs, onlyClaim);
  if (typeof chosen === 'number') return chosen;
  if (chosen.length === 0) {
    console.log('No claims ran: no paper panel is built yet.');
    return 0;
  }
  if (seedsMode.length) {
    try {
      return await runClaimsOverSeeds({ papers: chosen, seeds, full: given('--full'), backend: requested, workers, redis: value('--redis'), out: value('--out'), args });
    } catch (e) {
      // An unreachable Redis, a pool whose every worker died: said in one line, and nothing written.
      console.error(`claims: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
  }

  const rows: (ClaimOutcome & { slug: string; backend: string })[] = [];
  for (const { slug, paper, claims } of chosen) {
    const backend: NodeBackend = claimsBackend(paper.backends, requested);
    const tf = await initNodeBackend(backend);
    const started = new Date();
    let last = -1;
    const outcomes = await runClaims(claims, {
      tf,
      seed: 1,
      backend,
      signal: new AbortController().signal,
      full: given('--full'),
      recorded,
      onStart: (claim) => {
        process.stderr.write(`${slug}/${claim.id} (${backend}) …\n`);
        last = -1;
      },
      onProgress: (_, f, label) => {
        const pct = Math.floor(f * 10) * 10;
        if (pct > last) {
          last = pct;
          process.stderr.write(`  ${pct}%${label ? ` ${label}` : ''}\n`);
        }
      },
      onOutcome: (outcome) => {
        rows.push({ ...outcome, slug, backend });
        process.stderr.write(`  ${outcome.pass ? 'PASS' : 'FAIL'} in ${outcome.seconds.toFixed(1)} s${outcome.checkedOn ? ` on ${outcome.checkedOn}` : ''}: ${outcome.measured}\n`);
      },
    });
    if (given('--record') && !onlyClaim && fromFile === undefined) process.stderr.write(`wrote ${writeRecordedClaims(slug, outcomes, { args, backend, started })}\n`);
  }
  console.log(formatClaimsTable(rows));
  const failed = rows.filter((r) => !r.pass).length;
  console.log(`\n${rows.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}
