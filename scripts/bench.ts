/**
 * `npm run bench`: builds the app, serves it on localhost, and in headless
 * Chromium (system browser, WebGPU flags from DESIGN.md) runs every registered
 * experiment's bench preset on each backend: steps/s and the tensor count at
 * step 1 vs step N. Prints a table and writes bench-results.json.
 * Options: --backends webgpu,wasm  --out file.json  --no-build
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { build, preview } from 'vite';
import type { BenchEntry, BenchResult } from '../src/app/benchHook';
import { BACKEND_ORDER, isBackendName, type BackendName } from '../src/core/backend/backendNames';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

interface PageBench {
  entries(): Promise<BenchEntry[]>;
  run(e: BenchEntry, backend: BackendName): Promise<BenchResult>;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const fmt = (x: number | null | undefined, d = 2) => (x === null || x === undefined ? '–' : Number(x.toPrecision(d + 2)).toString());

export async function main(args: string[]): Promise<number> {
  if (args.includes('--node')) return (await import('./benchNode')).mainNode(args);
  const backends = (option(args, '--backends')?.split(',') ?? [...BACKEND_ORDER]).filter(isBackendName);
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
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${url}#/`);
    await page.waitForFunction(() => 'bench' in ((window as unknown as { __paperNotebook?: object }).__paperNotebook ?? {}));
    const adapter = await page.evaluate(async () => {
      const a = await navigator.gpu?.requestAdapter();
      return a ? `${a.info.vendor} ${a.info.architecture} ${a.info.description}`.trim() : 'none';
    });
    console.log(`Chromium ${browser.version()}, WebGPU adapter: ${adapter}`);
    const entries = await page.evaluate(async () => {
      const nb = (window as unknown as { __paperNotebook: { bench(): Promise<PageBench> } }).__paperNotebook;
      return (await nb.bench()).entries();
    });
    for (const entry of entries) {
      for (const backend of backends) {
        process.stderr.write(`${entry.id} on ${backend} …\n`);
        const r = await page.evaluate(
          async ([e, b]) => {
            const nb = (window as unknown as { __paperNotebook: { bench(): Promise<PageBench> } }).__paperNotebook;
            return (await nb.bench()).run(e, b);
          },
          [entry, backend] as const,
        );
        results.push(r);
      }
    }
    const deviceGflops = new Map(results.filter((r) => r.id === 'device').map((r) => [r.backend, r.means.matmulGflops]));
    console.log('\n| experiment | preset | asked | ran on | steps | steps/s | tensors step 1 → N | notes |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [i, r] of results.entries()) {
      const asked = backends[i % backends.length];
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
      console.log(`| ${r.id} | ${r.preset} | ${asked} | ${r.backend ?? '–'} | ${r.stepsRun} | ${fmt(r.stepsPerSec)} | ${r.tensorsAtFirstStep ?? '–'} → ${r.tensorsAtLastStep ?? '–'}${leak ? ' LEAK' : ''} | ${notes.join('; ')} |`);
    }
    writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), adapter, chromium: browser.version(), results }, null, 2));
    console.log(`\nwrote ${out}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  const leaks = results.filter((r) => r.tensorsAtLastStep !== null && r.tensorsAtFirstStep !== null && r.tensorsAtLastStep > r.tensorsAtFirstStep);
  return leaks.length ? 1 : 0;
}
