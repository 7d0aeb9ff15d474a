/**
 * The page side of `npm run bench`: runs a registered experiment's bench
 * preset on one backend through the real runner (worker, throttling and all)
 * and measures steps/s and the tensor count at the first and last step, within
 * a time cap per entry.
 */
import type { BackendName } from '../core/backend/backendNames';
import { devicePresets, deviceSchema } from '../core/bench/deviceBench';
import { presetParams, presetSeed } from '../core/params/presets';
import type { RunnerClient } from '../core/runner/RunnerClient';
import { CATALOG } from '../papers/catalog';

export interface BenchEntry {
  id: string;
  preset: string;
  steps: number;
}

export interface BenchResult extends BenchEntry {
  backend: BackendName | null;
  state: string;
  /** The entry hit its time cap before `steps` steps: steps/s is over the steps it ran. */
  capped?: boolean;
  capSeconds?: number;
  message?: string;
  stepsRun: number;
  seconds: number;
  stepsPerSec: number;
  tensorsAtFirstStep: number | null;
  tensorsAtLastStep: number | null;
  /** Mean of each metric over the metrics rows that carry it. */
  means: Record<string, number>;
}

/** The Device page's MLP first, then every built paper that declares a bench preset. */
export async function benchEntries(): Promise<BenchEntry[]> {
  const entries: BenchEntry[] = [{ id: 'device', preset: 'default', steps: 10 }];
  for (const p of CATALOG) {
    if (!p.load) continue;
    const paper = await p.load();
    if (paper.bench) entries.push({ id: paper.slug, ...paper.bench });
  }
  return entries;
}

async function paramsFor(entry: BenchEntry): Promise<{ params: object; seed: number }> {
  if (entry.id === 'device') {
    return { params: { ...presetParams(deviceSchema, devicePresets, entry.preset), repeats: entry.steps }, seed: presetSeed(devicePresets, entry.preset) };
  }
  const paper = await CATALOG.find((p) => p.slug === entry.id)!.load!();
  return { params: presetParams(paper.schema, paper.presets, entry.preset), seed: presetSeed(paper.presets, entry.preset) };
}

/** Runs `entry` for its steps, or until `capSeconds` of wall time have passed (then it says it was capped). */
export async function runBench(runner: RunnerClient, entry: BenchEntry, backend: BackendName, capSeconds = Infinity): Promise<BenchResult> {
  const { params, seed } = await paramsFor(entry);
  const sums: Record<string, number> = {};
  const counts: Record<string, number> = {};
  let stepsRun = 0;
  let capped = false;
  const timer = Number.isFinite(capSeconds)
    ? setTimeout(() => {
      capped = true;
      runner.stop();
    }, capSeconds * 1000)
    : undefined;
  const final = await runner.start({ id: entry.id, params, seed, backend }, (batch) => {
    for (const m of batch.metrics) {
      if (stepsRun >= entry.steps) break;
      stepsRun++;
      for (const [k, v] of Object.entries(m.values)) {
        sums[k] = (sums[k] ?? 0) + v;
        counts[k] = (counts[k] ?? 0) + 1;
      }
    }
    if (stepsRun >= entry.steps) runner.stop();
  });
  clearTimeout(timer);
  const seconds = final.activeMs / 1000;
  const means = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / counts[k]]));
  return {
    ...entry,
    backend: runner.getSnapshot().backend?.active ?? null,
    state: final.state,
    message: final.message,
    ...(capped ? { capped, capSeconds } : {}),
    stepsRun,
    seconds,
    stepsPerSec: seconds > 0 ? stepsRun / seconds : 0,
    tensorsAtFirstStep: final.tensorsAtFirstStep,
    tensorsAtLastStep: final.tensorsAtLastStep,
    means,
  };
}
