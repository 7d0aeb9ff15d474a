/**
 * `npm run bench`: builds the app, serves it on localhost, and in headless
 * Chromium (system browser, WebGPU flags from DESIGN.md) runs every registered
 * experiment's bench preset on each backend: steps/s and the tensor count at
 * step 1 vs step N. Prints a table and writes bench-results.json.
 * Options: --backends webgpu,wasm  --only id[,id]  --cap seconds (per entry,
 *          default 20, so all 22 entries of two backends finish within 10 minutes;
 *          an entry past twice that plus a minute is abandoned as failed)
 *          --out file.json  --compare old.json  --no-build
 *          --node: the LM engine bench in Node instead (benchNode.ts)
 * Exit 1 when an entry fails or leaks tensors, 2 on bad arguments.
 */
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { build, preview } from 'vite';
import type { BenchEntry, BenchResult } from '../src/app/benchHook';
import { BACKEND_ORDER, isBackendName, type BackendName } from '../src/core/backend/backendNames';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

interface PageBench {
  entries(): Promise<BenchEntry[]>;
  run(e: BenchEntry, backend: BackendName, capSeconds?: number): Promise<BenchResult>;
}

interface BenchFile {
  date: string;
  adapter: string;
  chromium: string;
  results: BenchResult[];
}

/** Old vs new, entry by entry: steps/s and the speed-up. */
export function compareBench(old: BenchFile, results: readonly BenchResult[]): string {
  const lines = ['| experiment | ran on | steps/s (old) | steps/s (now) | speed-up |', '|---|---|---|---|---|'];
  for (const r of results) {
    const o = old.results.find((x) => x.id === r.id && x.backend === r.backend);
    if (!o || o.state === 'error' || r.state === 'error' || !o.stepsPerSec || !r.stepsPerSec) continue;
    lines.push(`| ${r.id} | ${r.backend ?? '–'} | ${fmt(o.stepsPerSec)} | ${fmt(r.stepsPerSec)} | ${fmt(r.stepsPerSec / o.stepsPerSec)}× |`);
  }
  return lines.join('\n');
}

function failed(e: BenchEntry, backend: BackendName, message: string, seconds: number): BenchResult {
  return { ...e, backend, state: 'error', message, stepsRun: 0, seconds, stepsPerSec: 0, tensorsAtFirstStep: null, tensorsAtLastStep: null, means: {} };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const fmt = (x: number | null | undefined, d = 2) => (x === null || x === undefined ? '–' : Number(x.toPrecision(d + 2)).toString());

export async function main(args: string[]): Promise<number> {
  if (args.includes('--node')) return (await import('./benchNode')).mainNode(args);
  const asked = option(args, '--backends')?.split(',') ?? [...BACKEND_ORDER];
  const unknown = asked.filter((b) => !isBackendName(b));
  if (unknown.length) {
    console.error(`--backends: unknown ${unknown.join(', ')} (the browser has ${BACKEND_ORDER.join(', ')})`);
    return 2;
  }
  const backends = asked.filter(isBackendName);
  const only = option(args, '--only')?.split(',');
  const cap = Number(option(args, '--cap') ?? 20);
  if (!(cap > 0)) {
    console.error(`--cap must be a positive number of seconds, not '${option(args, '--cap')}'`);
    return 2;
  }
  const out = option(args, '--out') ?? 'bench-results.json';
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('No Chromium found: set CHROMIUM_PATH or install chromium.');
    return 1;
  }
  if (!args.includes('--no-build')) await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: 4174, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4174/';
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const results: BenchResult[] = [];
  const openPage = async () => {
    const p = await browser.newPage();
    p.on('pageerror', (e) => console.error('page error:', e.message));
    await p.goto(`${url}#/`);
    await p.waitForFunction(() => 'bench' in ((window as unknown as { __paperNotebook?: object }).__paperNotebook ?? {}));
    return p;
  };
  try {
    let page = await openPage();
    const adapter = await page.evaluate(async () => {
      const a = await navigator.gpu?.requestAdapter();
      return a ? `${a.info.vendor} ${a.info.architecture} ${a.info.description}`.trim() : 'none';
    });
    console.log(`Chromium ${browser.version()}, WebGPU adapter: ${adapter}`);
    const all = await page.evaluate(async () => {
      const nb = (window as unknown as { __paperNotebook: { bench(): Promise<PageBench> } }).__paperNotebook;
      return (await nb.bench()).entries();
    });
    const entries = only ? all.filter((e) => only.includes(e.id)) : all;
    if (only && entries.length === 0) {
      console.error(`--only ${only.join(',')} matches no entry. Entries: ${all.map((e) => e.id).join(', ')}`);
      return 2;
    }
    for (const entry of entries) {
      for (const backend of backends) {
        process.stderr.write(`${entry.id} on ${backend} …\n`);
        const t0 = performance.now();
        // The page caps the run at `cap` s; past twice that (a hung step) the page is abandoned for a fresh one.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const hung = new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), (2 * cap + 60) * 1000);
        });
        const ran = page.evaluate(
          async ([e, b, c]) => {
            const nb = (window as unknown as { __paperNotebook: { bench(): Promise<PageBench> } }).__paperNotebook;
            return (await nb.bench()).run(e, b, c);
          },
          [entry, backend, cap] as const,
        ).catch((e: unknown) => failed(entry, backend, e instanceof Error ? e.message : String(e), (performance.now() - t0) / 1000));
        const r = await Promise.race([ran, hung]);
        clearTimeout(timer);
        if (r === null) {
          results.push(failed(entry, backend, `no answer within ${2 * cap + 60} s`, (performance.now() - t0) / 1000));
          await page.close();
          page = await openPage();
        } else results.push(r);
        const last = results[results.length - 1];
        process.stderr.write(`  ${last.state}${last.capped ? ` (capped at ${cap} s)` : ''}: ${last.stepsRun} steps, ${fmt(last.stepsPerSec)} steps/s${last.message ? `; ${last.message}` : ''}\n`);
      }
    }
    const deviceGflops = new Map(results.filter((r) => r.id === 'device').map((r) => [r.backend, r.means.matmulGflops]));
    console.log('\n| experiment | preset | asked | ran on | steps | steps/s | tensors step 1 → N | notes |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [i, r] of results.entries()) {
      const askedFor = backends[i % backends.length];
      const notes: string[] = [];
      if (r.state === 'error') notes.push(r.message ?? 'error');
      if (r.means.matmulGflops !== undefined) notes.push(`matmul ${fmt(r.means.matmulGflops)} GFLOP/s`);
      if (r.means.tokensPerSec !== undefined) notes.push(`${fmt(r.means.tokensPerSec)} tokens/s`);
      if (r.means.probesPerSec !== undefined) notes.push(`${fmt(r.means.probesPerSec)} probes/s`);
      const mm = deviceGflops.get(r.backend);
      if (r.means.modelFlopsPerSec !== undefined && mm) {
        notes.push(`${fmt(r.means.modelFlopsPerSec / 1e9)} GFLOP/s = ${fmt((100 * r.means.modelFlopsPerSec) / (mm * 1e9))}% of matmul`);
      }
      const leak = r.tensorsAtLastStep !== null && r.tensorsAtFirstStep !== null && r.tensorsAtLastStep > r.tensorsAtFirstStep;
      if (r.capped) notes.push(`capped at ${r.capSeconds} s`);
      console.log(`| ${r.id} | ${r.preset} | ${askedFor} | ${r.backend ?? '–'} | ${r.stepsRun} | ${fmt(r.stepsPerSec)} | ${r.tensorsAtFirstStep ?? '–'} → ${r.tensorsAtLastStep ?? '–'}${leak ? ' LEAK' : ''} | ${notes.join('; ')} |`);
    }
    const file: BenchFile = { date: new Date().toISOString(), adapter, chromium: browser.version(), results };
    writeFileSync(out, JSON.stringify(file, null, 2));
    console.log(`\nwrote ${out}`);
    const cmp = option(args, '--compare');
    if (cmp) console.log(`\nCompared with ${cmp}:\n\n${compareBench(JSON.parse(readFileSync(cmp, 'utf8')) as BenchFile, results)}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  const leaks = results.filter((r) => r.tensorsAtLastStep !== null && r.tensorsAtFirstStep !== null && r.tensorsAtLastStep > r.tensorsAtFirstStep);
  const errors = results.filter((r) => r.state === 'error');
  if (errors.length) console.error(`${errors.length} entr${errors.length === 1 ? 'y' : 'ies'} failed: ${errors.map((r) => `${r.id} on ${r.backend ?? '?'}`).join(', ')}`);
  return leaks.length || errors.length ? 1 : 0;
}
