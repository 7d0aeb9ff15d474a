/**
 * `npm run bench -- --node`: the training engine's bench in Node, on WASM and
 * on WebGPU through Dawn's Node bindings (software SwiftShader on a machine
 * without a GPU). For each LM case: kernels per training step (tf.profile),
 * ms per step, tokens/s, and model FLOP/s as a fraction of a plain square
 * matmul timed in the same run on the same backend. The kernels a further
 * layer adds are the difference of the two `lm-d64` cases.
 * Options: --backends wasm,webgpu  --only id[,id]  --cap seconds  --steps n
 *          --out file.json  --compare old.json
 *          --baseline DIR: also load DIR/src/core/lm (another checkout, e.g. a
 *            `git worktree` of an older commit) and time its training step and
 *            ours alternately in this one process: the side-by-side speed-up.
 * Exit 1 when an entry fails or leaks tensors, 2 on bad arguments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { initNodeBackend, type NodeBackend } from '../src/core/backend/nodeBackend';
import path from 'node:path';
import { benchLMStep, isLMApi, matmulFlopsPerSec, sideBySide, type LMApi, type LMStepCase, type LMStepResult, type SideBySide } from '../src/core/bench/lmStepBench';
import * as thisLM from '../src/core/lm';
import type { Tf } from '../src/core/experiment';
import type { LMConfig } from '../src/core/lm';
import { presetParams } from '../src/core/params/presets';
import { chinchillaSchema } from '../src/papers/chinchilla/params';
import { chinchillaPresets } from '../src/papers/chinchilla/presets';
import { planSweep } from '../src/papers/chinchilla/sweepPlan';
import { gopherFamily } from '../src/papers/gopher/family';
import { gopherSchema } from '../src/papers/gopher/params';
import { gopherPresets } from '../src/papers/gopher/presets';

const NODE_BACKENDS: readonly NodeBackend[] = ['wasm', 'webgpu', 'cpu'];
const isNodeBackend = (s: string): s is NodeBackend => (NODE_BACKENDS as readonly string[]).includes(s);

export interface NodeBenchEntry extends Partial<LMStepResult> {
  id: string;
  backend: string;
  state: 'done' | 'error';
  message?: string;
  /** Wall time of the whole entry (build, warm-up, profile, timing), seconds. */
  seconds: number;
  /** The entry's cap on its timed loop, seconds. */
  capSeconds: number;
  matmulFlopsPerSec?: number;
  /** modelFlopsPerSec / matmulFlopsPerSec. */
  matmulFraction?: number;
  /** With --baseline: the two checkouts timed alternately. */
  sideBySide?: SideBySide;
}

export interface NodeBenchFile {
  date: string;
  commit: string;
  machine: string;
  adapters: Record<string, string>;
  results: NodeBenchEntry[];
}

const LM_D64: LMConfig = { vocabSize: 52, seqLen: 64, dModel: 64, nLayers: 2, nHeads: 4, ffnRatio: 4, norm: 'layernorm', positions: 'learned' };

/** The LM cases: the issue's kernel-count configuration at 2 and 3 layers, and the papers' models. */
export function lmCases(): LMStepCase[] {
  const chin = presetParams(chinchillaSchema, chinchillaPresets, 'default');
  const chinRun = planSweep(chin).runs.reduce((a, b) => (b.N > a.N ? b : a));
  const gop = presetParams(gopherSchema, gopherPresets, 'claims');
  const gopBig = gopherFamily(gop).at(-1)!;
  return [
    { id: 'lm-d64-l2', label: 'dModel 64, 2 layers, T 64, B 16 (the kernel budget)', cfg: LM_D64, batchSize: 16, clipNorm: 0 },
    { id: 'lm-d64-l3', label: 'the same with 3 layers (kernels per further layer)', cfg: { ...LM_D64, nLayers: 3 }, batchSize: 16, clipNorm: 0 },
    { id: 'chinchilla-default', label: `largest model of the Chinchilla default sweep (d ${chinRun.config.dModel}, N ${chinRun.N})`, cfg: chinRun.config, batchSize: chin.batchSize, clipNorm: 1 },
    { id: 'gopher-claims', label: `largest Gopher claims model (${gopBig.name}: d ${gopBig.dModel}, ${gopBig.nLayers} layers, N ${gopBig.N})`, cfg: gopBig.config, batchSize: gop.batchSize, clipNorm: gop.clipNorm },
  ];
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const fmt = (x: number | undefined, d = 3): string => (x === undefined || !Number.isFinite(x) ? '–' : Number(x.toPrecision(d)).toLocaleString('en-US'));

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: over the hard cap of ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export function formatTable(results: readonly NodeBenchEntry[]): string {
  const lines = [
    '| entry | backend | kernels/step | ms/step | CPU ms/step | tokens/s | model GFLOP/s | of matmul | steps timed |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    if (r.state === 'error') {
      lines.push(`| ${r.id} | ${r.backend} | FAILED: ${r.message ?? ''} | | | | | | |`);
      continue;
    }
    const frac = r.matmulFraction === undefined ? '–' : `${fmt(100 * r.matmulFraction, 2)}%`;
    const steps = `${r.steps}${r.capped ? ` (cap ${r.capSeconds} s)` : ''}`;
    lines.push(`| ${r.id} | ${r.backend} | ${r.kernels} | ${fmt(r.msPerStep)} | ${fmt(r.cpuMsPerStep ?? undefined)} | ${fmt(r.tokensPerSec)} | ${fmt((r.modelFlopsPerSec ?? 0) / 1e9)} | ${frac} | ${steps} |`);
  }
  const sbs = results.filter((r) => r.sideBySide);
  if (sbs.length) {
    lines.push('\nSide by side (one process, one step of each in turn):\n');
    lines.push('| entry | backend | baseline ms/step | now ms/step | baseline CPU ms/step | now CPU ms/step | speed-up (CPU) | steps |');
    lines.push('|---|---|---|---|---|---|---|---|');
    for (const r of sbs) {
      const s = r.sideBySide!;
      const up = s.baseCpuMsPerStep !== null && s.cpuMsPerStep ? s.baseCpuMsPerStep / s.cpuMsPerStep : s.baseMsPerStep / s.msPerStep;
      lines.push(`| ${r.id} | ${r.backend} | ${fmt(s.baseMsPerStep)} | ${fmt(s.msPerStep)} | ${fmt(s.baseCpuMsPerStep ?? undefined)} | ${fmt(s.cpuMsPerStep ?? undefined)} | ${fmt(up)}× | ${s.steps} |`);
    }
  }
  for (const b of new Set(results.map((r) => r.backend))) {
    const k = (id: string) => results.find((r) => r.id === id && r.backend === b && r.state === 'done')?.kernels;
    const [k2, k3] = [k('lm-d64-l2'), k('lm-d64-l3')];
    if (k2 !== undefined && k3 !== undefined) lines.push(`\n${b}: ${k2} kernels at 2 layers, ${k3 - k2} per further layer`);
  }
  return lines.join('\n');
}

/** Old vs new, entry by entry: ms/step, speed-up and kernels. */
export function formatCompare(oldFile: NodeBenchFile, results: readonly NodeBenchEntry[]): string {
  const lines = [
    `| entry | backend | ms/step ${oldFile.commit} | ms/step now | speed-up | kernels ${oldFile.commit} → now |`,
    '|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const o = oldFile.results.find((x) => x.id === r.id && x.backend === r.backend);
    if (!o || o.state !== 'done' || r.state !== 'done' || !o.msPerStep || !r.msPerStep) continue;
    lines.push(`| ${r.id} | ${r.backend} | ${fmt(o.msPerStep)} | ${fmt(r.msPerStep)} | ${fmt(o.msPerStep / r.msPerStep)}× | ${o.kernels} → ${r.kernels} |`);
  }
  return lines.join('\n');
}

async function gitCommit(): Promise<string> {
  const { execFileSync } = await import('node:child_process');
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function runEntry(tf: Tf, c: LMStepCase, backend: string, cap: number, steps: number, matmul: number): Promise<NodeBenchEntry> {
  const t0 = performance.now();
  try {
    // Generous hard cap: warm-up and the profiled step are outside the timed loop's cap.
    const r = await withTimeout(benchLMStep(tf, c, { steps, maxSeconds: cap }), (4 * cap + 120) * 1000, `${c.id} on ${backend}`);
    const seconds = (performance.now() - t0) / 1000;
    const ok = r.leakedTensors === 0;
    return {
      ...r, state: ok ? 'done' : 'error', message: ok ? undefined : `leaked ${r.leakedTensors} tensors per run`,
      seconds, capSeconds: cap, matmulFlopsPerSec: matmul, matmulFraction: r.modelFlopsPerSec / matmul,
    };
  } catch (e) {
    return { id: c.id, backend, state: 'error', message: e instanceof Error ? e.message : String(e), seconds: (performance.now() - t0) / 1000, capSeconds: cap };
  }
}

/**
 * `baselineModule`: the baseline's core/lm already loaded (a bundled copy of
 * another commit, for machines without npm); otherwise `--baseline DIR` loads it.
 */
export async function mainNode(args: string[], baselineModule?: { label: string; lm: LMApi }): Promise<number> {
  const backendsArg = option(args, '--backends')?.split(',') ?? ['wasm', 'webgpu'];
  const bad = backendsArg.filter((b) => !isNodeBackend(b));
  if (bad.length) {
    console.error(`--backends: unknown ${bad.join(', ')} (Node has ${NODE_BACKENDS.join(', ')})`);
    return 2;
  }
  const backends = backendsArg.filter(isNodeBackend);
  const only = option(args, '--only')?.split(',');
  const cases = lmCases().filter((c) => !only || only.includes(c.id) || only.some((o) => c.id.startsWith(`${o}-`)));
  if (only && cases.length === 0) {
    console.error(`--only ${only.join(',')} matches no entry. Entries: ${lmCases().map((c) => c.id).join(', ')}`);
    return 2;
  }
  const cap = Number(option(args, '--cap') ?? 20);
  const steps = Number(option(args, '--steps') ?? 50);
  const out = option(args, '--out') ?? 'bench-node-results.json';
  const baselineDir = baselineModule?.label ?? option(args, '--baseline');
  let baseline: LMApi | null = baselineModule?.lm ?? null;
  if (baselineDir && !baseline) {
    const mod: unknown = await import(/* @vite-ignore */ path.resolve(baselineDir, 'src/core/lm/index.ts'));
    if (!isLMApi(mod)) {
      console.error(`--baseline ${baselineDir}: src/core/lm/index.ts lacks TransformerLM, AdamW or trainStep`);
      return 2;
    }
    baseline = mod;
  }
  const results: NodeBenchEntry[] = [];
  const adapters: Record<string, string> = {};
  for (const backend of backends) {
    let tf: Tf;
    try {
      tf = await initNodeBackend(backend);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      for (const c of cases) results.push({ id: c.id, backend, state: 'error', message, seconds: 0, capSeconds: cap });
      console.error(`${backend}: ${message}`);
      continue;
    }
    if (backend === 'webgpu') {
      const { nodeWebGPUAdapter } = await import('../src/core/backend/nodeWebgpu');
      adapters.webgpu = (await nodeWebGPUAdapter())?.description ?? 'none';
    }
    const matmul = await matmulFlopsPerSec(tf, 512);
    process.stderr.write(`${backend}${adapters[backend] ? ` (${adapters[backend]})` : ''}: 512x512 matmul ${fmt(matmul / 1e9)} GFLOP/s\n`);
    for (const c of cases) {
      process.stderr.write(`${c.id} on ${backend} …\n`);
      const r = await runEntry(tf, c, backend, cap, steps, matmul);
      if (baseline && r.state === 'done') {
        process.stderr.write(`  side by side with ${baselineDir} …\n`);
        r.sideBySide = await sideBySide(c, baseline, thisLM, { steps, maxSeconds: 2 * cap });
      }
      process.stderr.write(`  ${r.state === 'done' ? `${r.kernels} kernels, ${fmt(r.msPerStep)} ms/step` : `FAILED: ${r.message}`} (${fmt(r.seconds)} s)\n`);
      results.push(r);
    }
  }
  const file: NodeBenchFile = {
    date: new Date().toISOString(),
    commit: await gitCommit(),
    machine: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    adapters,
    results,
  };
  console.log(`commit ${file.commit}; ${file.machine}; ${Object.entries(adapters).map(([k, v]) => `${k} adapter: ${v}`).join('; ')}\n`);
  console.log(formatTable(results));
  writeFileSync(out, JSON.stringify(file, null, 2));
  console.log(`\nwrote ${out}`);
  const cmp = option(args, '--compare');
  if (cmp) console.log(`\n${formatCompare(JSON.parse(readFileSync(cmp, 'utf8')) as NodeBenchFile, results)}`);
  return results.some((r) => r.state === 'error') ? 1 : 0;
}
