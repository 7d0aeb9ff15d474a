/**
 * Runs one preset of a paper's experiment to its end outside the page, through
 * runToEnd (the worker's driver: NaN stop, tensor accounting), and returns it
 * as a run record: what `npm run record` writes under public/runs/ and what the
 * recorded-run test re-makes to compare bit for bit.
 */
import type { BackendName } from '../backend/backendNames';
import type { Tf } from '../experiment';
import type { RunRecord } from '../history/runRecord';
import type { PaperDef } from '../paper';
import { checkPresetName, presetParams, presetSeed } from '../params/presets';
import type { Schema } from '../params/schema';
import { runToEnd } from './runToEnd';

/** Artifacts a recorded run never carries: trained weights are for the weights file, not for plots. */
const NOT_RECORDED = new Set(['weights']);

export interface RecordOptions {
  tf: Tf;
  backend: BackendName;
  /** The run seed; the preset's own by default. */
  seed?: number;
  onProgress?(fraction: number, label?: string): void;
}

export async function recordPreset<S extends Schema>(paper: PaperDef<S>, preset: string, opts: RecordOptions): Promise<RunRecord> {
  checkPresetName(paper.presets, preset, paper.slug);
  const params = presetParams(paper.schema, paper.presets, preset);
  const seed = opts.seed ?? presetSeed(paper.presets, preset);
  const { recording, status } = await runToEnd(paper.run, params, {
    tf: opts.tf, backend: opts.backend, seed,
    onProgress: opts.onProgress,
  });
  if (status.state !== 'done') throw new Error(`${paper.slug}/${preset} ended '${status.state}': ${status.message ?? 'no message'}`);
  const { rows, artifacts } = recording;
  const all: Readonly<Record<string, unknown>> = artifacts;
  const kept = Object.fromEntries(Object.entries(all).filter(([name]) => !NOT_RECORDED.has(name)));
  return {
    id: `recorded-${paper.slug}-${preset}`,
    slug: paper.slug,
    name: `recorded: ${preset}`,
    createdAt: Date.now(),
    params: { ...params },
    seed,
    preset,
    backend: opts.backend,
    adapter: null,
    durationMs: status.activeMs,
    end: 'done',
    rows: [...rows],
    artifacts: kept,
    droppedArtifacts: Object.keys(all).filter((name) => NOT_RECORDED.has(name)),
  };
}
