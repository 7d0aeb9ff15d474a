/**
 * `npm run claims [-- <slug> ...] [--backend wasm|cpu] [--claim <id>] [--full] [--from file.run.json] [--record]`:
 * runs each built paper's claims for real in Node and prints measured vs expected. `--full`
 * lets claims that have one run their longer variant (more seeds). `--from` (one paper)
 * hands a recorded run, e.g. a merged `npm run sweep` file, to the claims that can
 * read it instead of training it again; the table's "checked on" column says which did.
 * `--record` writes each paper's outcomes with provenance to public/runs/<slug>/claims.json,
 * the recorded verdicts its Reproduce section shows.
 * Exit 1 when a claim fails, 2 on bad arguments. Run through scripts/runTs.mjs.
 */
import { readFileSync } from 'node:fs';
import { initNodeBackend, type NodeBackend } from '../src/core/backend/nodeBackend';
import type { ClaimContext } from '../src/core/claims';
import { runFromFile } from '../src/core/history/runFile';
import { runClaim, type ClaimOutcome } from '../src/core/claimsRunner';
import { Rng } from '../src/core/rng';
import { CATALOG } from '../src/papers/catalog';
import { formatClaimsTable } from './claimsTable';
import { writeRecordedClaims } from './recordClaims';

export async function main(args: string[]): Promise<number> {
  const backendArg = args.indexOf('--backend');
  const requested = backendArg >= 0 ? args[backendArg + 1] : 'wasm';
  if (requested !== 'wasm' && requested !== 'cpu') {
    console.error(`--backend must be wasm or cpu, not '${requested}'`);
    return 2;
  }
  const claimArg = args.indexOf('--claim');
  const onlyClaim = claimArg >= 0 ? args[claimArg + 1] : undefined;
  if (claimArg >= 0 && !onlyClaim) {
    console.error('--claim needs a claim id');
    return 2;
  }
  const fromArg = args.indexOf('--from');
  const fromFile = fromArg >= 0 ? args[fromArg + 1] : undefined;
  if (fromArg >= 0 && !fromFile) {
    console.error('--from needs a run file');
    return 2;
  }
  const optionValues = new Set([backendArg + 1, claimArg + 1, fromArg + 1].filter((i) => i > 0));
  const slugs = args.filter((a, i) => !a.startsWith('--') && !optionValues.has(i));
  const unknown = slugs.filter((s) => !CATALOG.some((p) => p.slug === s));
  if (unknown.length) {
    console.error(`Unknown paper: ${unknown.join(', ')}. Papers: ${CATALOG.map((p) => p.slug).join(', ')}`);
    return 2;
  }
  if (fromFile && slugs.length !== 1) {
    console.error('--from checks one paper: name it (npm run claims -- <slug> --from file.run.json)');
    return 2;
  }
  let recorded: ClaimContext['recorded'];
  if (fromFile) {
    try {
      recorded = { file: fromFile, run: runFromFile(readFileSync(fromFile, 'utf8'), slugs[0]) };
    } catch (e) {
      console.error(`--from ${fromFile}: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
  }
  const chosen = CATALOG.filter((p) => (slugs.length ? slugs.includes(p.slug) : true));
  const rows: (ClaimOutcome & { slug: string; backend: string })[] = [];
  for (const entry of chosen) {
    if (!entry.load) {
      console.error(`${entry.slug}: not built yet, no claims to run.`);
      if (slugs.includes(entry.slug)) return 2;
      continue;
    }
    const paper = await entry.load();
    const backend: NodeBackend = paper.backends && !paper.backends.includes(requested) ? 'cpu' : requested;
    const tf = await initNodeBackend(backend);
    const claims = onlyClaim ? paper.claims.filter((c) => c.id === onlyClaim) : paper.claims;
    if (onlyClaim && claims.length === 0) {
      console.error(`${entry.slug} has no claim '${onlyClaim}'. Its claims: ${paper.claims.map((c) => c.id).join(', ')}`);
      if (slugs.includes(entry.slug)) return 2;
      continue;
    }
    const started = new Date();
    const outcomes: ClaimOutcome[] = [];
    for (const claim of claims) {
      process.stderr.write(`${entry.slug}/${claim.id} (${backend}) …\n`);
      let last = -1;
      const outcome = await runClaim(claim, {
        tf,
        rng: new Rng(1),
        backend,
        signal: new AbortController().signal,
        full: args.includes('--full'),
        recorded,
        onProgress: (f, label) => {
          const pct = Math.floor(f * 10) * 10;
          if (pct > last) {
            last = pct;
            process.stderr.write(`  ${pct}%${label ? ` ${label}` : ''}\n`);
          }
        },
      });
      rows.push({ ...outcome, slug: entry.slug, backend });
      outcomes.push(outcome);
      process.stderr.write(`  ${outcome.pass ? 'PASS' : 'FAIL'} in ${outcome.seconds.toFixed(1)} s${outcome.checkedOn ? ` on ${outcome.checkedOn}` : ''}: ${outcome.measured}\n`);
    }
    if (args.includes('--record') && !onlyClaim && fromArg < 0) process.stderr.write(`wrote ${writeRecordedClaims(entry.slug, outcomes, { args, backend, started })}\n`);
  }
  if (rows.length === 0) {
    console.log('No claims ran: no paper panel is built yet.');
    return 0;
  }
  console.log(formatClaimsTable(rows));
  const failed = rows.filter((r) => !r.pass).length;
  console.log(`\n${rows.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}
