/**
 * Soak test: runs one panel per trainer family (LM, graph, RL, conv3d) on its
 * `tiny` preset, looped through the real runner (driveExperiment) until it has
 * made `--steps` steps (progress units, 10,000 by default), and samples the
 * tfjs tensor count and the JS heap (after a forced GC) every `--every` steps.
 * Also samples at the end of every loop (one whole tiny run). The first loop is
 * the warm-up. Passes when every loop ends with the same tensor count, no sample
 * in the second half exceeds the first half's peak tensor count (mid-run counts
 * differ by phase: training vs evaluation), and the heap grows by under 5%
 * from just after the warm-up to the end.
 * Not part of `npm test`: `npm run soak [-- --steps N --every K --only LM,RL --backend wasm|cpu]`.
 */
import { initNodeBackend, type NodeBackend } from '../src/core/backend/nodeBackend';
import { presetParams } from '../src/core/params/presets';
import { driveExperiment } from '../src/core/runner/driveExperiment';
import { RunControl } from '../src/core/runner/RunControl';
import { CATALOG } from '../src/papers/catalog';

const FAMILIES = [
  { family: 'LM', slug: 'gopher' },
  { family: 'graph', slug: 'infograph' },
  { family: 'RL', slug: 'teacher-mompo' },
  { family: 'conv3d', slug: 'crystal-density' },
] as const;

interface Sample {
  step: number;
  /** The loop (tiny run) it was taken in; loopEnd: taken after the run finished. */
  loop: number;
  loopEnd: boolean;
  tensors: number;
  heapMB: number;
}

function arg(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

const gc = (globalThis as { gc?: () => void }).gc;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function soak(slug: string, STEPS: number, EVERY: number, BACKEND: NodeBackend): Promise<Sample[]> {
  const entry = CATALOG.find((e) => e.slug === slug);
  if (!entry?.load) throw new Error(`no panel '${slug}'`);
  const paper = await entry.load();
  const tf = await initNodeBackend(BACKEND);
  const params = presetParams(paper.schema, paper.presets, 'tiny');
  const samples: Sample[] = [];
  let steps = 0;
  let next = 0;
  let loop = 0;
  const sample = (loopEnd = false) => {
    gc?.();
    samples.push({ step: steps, loop, loopEnd, tensors: tf.memory().numTensors, heapMB: process.memoryUsage().heapUsed / 2 ** 20 });
    const s = samples[samples.length - 1];
    console.log(`  ${slug} step ${String(s.step).padStart(6)}${loopEnd ? ` (end of run ${loop + 1})` : ''}: ${s.tensors} tensors, heap ${s.heapMB.toFixed(1)} MB`);
  };
  for (; steps < STEPS; loop++) {
    let done = 0;
    const status = await driveExperiment({
      experiment: paper.run,
      params,
      seed: 1 + loop,
      tf,
      backend: BACKEND,
      control: new RunControl(),
      flushMs: 20,
      onBatch: (b) => {
        if (!b.progress) return;
        steps += Math.max(0, b.progress.done - done);
        done = b.progress.done;
        while (steps >= next) {
          sample();
          next += EVERY;
        }
      },
    });
    if (status.state === 'error') throw new Error(`${slug}: ${status.message}`);
    sample(true);
  }
  return samples;
}

export async function main(args: string[]): Promise<number> {
  const STEPS = Number(arg(args, 'steps', '10000'));
  const EVERY = Number(arg(args, 'every', '500'));
  const BACKEND: NodeBackend = arg(args, 'backend', 'wasm') === 'cpu' ? 'cpu' : 'wasm';
  const ONLY = arg(args, 'only', FAMILIES.map((f) => f.family).join(',')).split(',');
  const failures: string[] = [];
  if (!gc) console.log('(run with node --expose-gc for steadier heap numbers; npm run soak does)');
  for (const { family, slug } of FAMILIES.filter((f) => ONLY.includes(f.family))) {
    console.log(`${family} (${slug}, tiny, ${BACKEND}): ${STEPS} steps, a sample every ${EVERY}`);
    const t0 = performance.now();
    const samples = await soak(slug, STEPS, EVERY, BACKEND);
    const half = Math.floor(samples.length / 2);
    const warmPeak = Math.max(...samples.slice(0, half).map((s) => s.tensors));
    const after = samples.filter((s) => s.loop > 0);
    if (after.length === 0) throw new Error(`${family}: one tiny run already makes ${STEPS} steps; raise --steps to loop it`);
    const ends = [...new Set(samples.filter((s) => s.loopEnd).map((s) => s.tensors))];
    const k = Math.min(3, Math.max(1, Math.floor(after.length / 3)));
    const heapStart = median(after.slice(0, k).map((s) => s.heapMB));
    const heapEnd = median(after.slice(-k).map((s) => s.heapMB));
    const growth = (heapEnd - heapStart) / heapStart;
    const tensorMax = Math.max(...samples.slice(half).map((s) => s.tensors));
    const ok = tensorMax <= warmPeak && ends.length === 1 && growth < 0.05;
    console.log(
      `${family}: ${samples[samples.length - 1].step} steps in ${((performance.now() - t0) / 1000).toFixed(0)} s; tensors after warm-up ${Math.min(...after.map((s) => s.tensors))}-${tensorMax} (first-half peak ${warmPeak}), ${ends.join('/')} after each run; ` +
        `heap ${heapStart.toFixed(1)} → ${heapEnd.toFixed(1)} MB (${(growth * 100).toFixed(1)}%): ${ok ? 'PASS' : 'FAIL'}`,
    );
    if (!ok) failures.push(family);
  }
  console.log(failures.length ? `soak FAILED: ${failures.join(', ')}` : 'soak passed');
  return failures.length ? 1 : 0;
}
