/**
 * `npm run record -- <slug> [--preset default] [--seed n] [--backend wasm|cpu]`:
 * runs one preset of a paper's experiment in Node and writes it, with its
 * provenance, to public/runs/<slug>/<preset>.run.json: the recorded run every
 * plot of the panel draws before the reader's own run. Exit 1 when the run or
 * the size budget (200 KB gzipped) fails, 2 on bad arguments. Over the budget,
 * the frequent metric rows are thinned first, then the artifacts' floats lose
 * digits; the provenance note says which.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { initNodeBackend, type NodeBackend } from '../src/core/backend/nodeBackend';
import { approxBytes } from '../src/core/history/runRecord';
import { runToFile } from '../src/core/history/runFile';
import { roundFloats } from '../src/core/history/roundFloats';
import { thinRows } from '../src/core/history/thinRows';
import { recordPreset } from '../src/core/runner/recordPreset';
import { CATALOG } from '../src/papers/catalog';
import { provenanceHere } from './provenance';

export const RECORDED_RUN_MAX_GZIP_BYTES = 200 * 1024;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]): Promise<number> {
  const slug = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const entry = CATALOG.find((p) => p.slug === slug);
  if (!slug || !entry?.load) {
    console.error(`usage: npm run record -- <slug> [--preset P] [--seed n] [--backend wasm|cpu]. Papers: ${CATALOG.map((p) => p.slug).join(', ')}`);
    return 2;
  }
  const preset = option(args, '--preset') ?? 'default';
  const seedArg = option(args, '--seed');
  const seed = seedArg === undefined ? undefined : Number(seedArg);
  if (seed !== undefined && !Number.isInteger(seed)) {
    console.error(`--seed must be an integer, not '${seedArg}'`);
    return 2;
  }
  const requested = option(args, '--backend') ?? 'wasm';
  if (requested !== 'wasm' && requested !== 'cpu') {
    console.error(`--backend must be wasm or cpu, not '${requested}'`);
    return 2;
  }
  const paper = await entry.load();
  const backend: NodeBackend = paper.backends && !paper.backends.includes(requested) ? 'cpu' : requested;
  const tf = await initNodeBackend(backend);
  let lastPct = -1;
  const started = new Date();
  const run = await recordPreset(paper, preset, {
    tf,
    backend,
    seed,
    onProgress: (fraction, label) => {
      const pct = Math.floor(10 * fraction) * 10;
      if (pct > lastPct) {
        lastPct = pct;
        process.stderr.write(`  ${pct}%${label ? ` ${label}` : ''}\n`);
      }
    },
  });
  run.provenance = provenanceHere({ command: ['npm run record --', ...args].join(' '), preset, seed: run.seed, backend, started, durationMs: run.durationMs });
  // Over budget: shrink whichever part weighs more, the metric rows (keep every 2nd, 4th, … row of
  // each frequent kind) or the artifacts (fewer digits for their floats: they are drawn, not checked).
  let text = runToFile(run);
  const allRows = run.rows;
  const allArtifacts = run.artifacts;
  let factor = 1;
  const digitSteps = [6, 4, 3];
  let digits: number | null = null;
  const weight = (x: unknown) => gzipSync(JSON.stringify(x)).length;
  while (gzipSync(text).length > RECORDED_RUN_MAX_GZIP_BYTES) {
    const canThin = factor < 256;
    const canRound = digitSteps.length > 0;
    if (!canThin && !canRound) break;
    if (canRound && (!canThin || weight(run.artifacts) > weight(run.rows))) {
      digits = digitSteps.shift()!;
      run.artifacts = roundFloats(allArtifacts, digits);
    } else {
      factor *= 2;
      run.rows = thinRows(allRows, factor);
    }
    const notes = [
      factor > 1 ? `metric rows thinned: every ${factor === 2 ? '2nd' : `${factor}th`} row of each frequent kind, with each segment's first and last (${run.rows.length} of ${allRows.length} rows)` : '',
      digits !== null ? `artifact floats rounded to ${digits} significant digits${factor > 1 ? '' : ' (metric rows exact)'}` : '',
    ].filter(Boolean);
    run.provenance.note = `to fit ${RECORDED_RUN_MAX_GZIP_BYTES / 1024} KB gzipped: ${notes.join('; ')}`;
    text = runToFile(run);
  }
  const gz = gzipSync(text).length;
  const sizes = Object.entries(run.artifacts).map(([k, v]) => `${k} ${(approxBytes(v) / 1024).toFixed(0)} KB`).join(', ');
  if (run.provenance.note) process.stderr.write(`${run.provenance.note}\n`);
  process.stderr.write(`${slug}/${preset}: ${run.rows.length} rows; artifacts: ${sizes || 'none'}; file ${(text.length / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(1)} KB gzipped; ${(run.durationMs / 1000).toFixed(1)} s on ${backend}\n`);
  if (gz > RECORDED_RUN_MAX_GZIP_BYTES) {
    console.error(`Too large: a recorded run must stay under ${RECORDED_RUN_MAX_GZIP_BYTES / 1024} KB gzipped. Nothing written.`);
    return 1;
  }
  const out = path.join('public', 'runs', slug, `${preset}.run.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${out}${run.provenance.dirty ? ' (from a work tree with uncommitted changes: commit, then re-record)' : ''}`);
  return 0;
}
