/**
 * Runs one preset of a paper's experiment to its end outside the page, through
 * the same driver as the worker (NaN stop, tensor accounting), and returns it
 * as a run record: what `npm run record` writes under public/runs/ and what the
 * recorded-run test re-makes to compare bit for bit.
 */
import type { BackendName } from '../backend/backendNames';
import type { Tf } from '../experiment';
import type { RunRecord } from '../history/runRecord';
import type { PaperDef } from '../paper';
import { presetParams, presetSeed } from '../params/presets';
import type { Schema } from '../params/schema';
import { driveExperiment } from './driveExperiment';
import { RunControl } from './RunControl';
import { RunRecorder } from './RunRecorder';

/** Artifacts a recorded run never carries: trained weights are for the weights file, not for plots. */
const NOT_RECORDED = new Set(['weights']);

export interface RecordOptions {
  tf: Tf;
  backend: BackendName;
  /** The run seed; the preset's own by default. */
  seed?: number;
  onProgress?(done: number, total: number, label?: string): void;
}

export async function recordPreset<S extends Schema>(paper: PaperDef<S>, preset: string, opts: RecordOptions): Promise<RunRecord> {
  if (!Object.hasOwn(paper.presets, preset)) throw new Error(`${paper.slug} has no preset '${preset}'. Its presets: ${Object.keys(paper.presets).join(', ')}`);
  const params = presetParams(paper.schema, paper.presets, preset);
  const seed = opts.seed ?? presetSeed(paper.presets, preset);
  const recorder = new RunRecorder();
  const control = new RunControl();
  const status = await driveExperiment({
    experiment: paper.experiment,
    params,
    seed,
    tf: opts.tf,
    backend: opts.backend,
    control,
    flushMs: 1000,
    yieldEveryMs: 1000,
    onBatch: (b) => {
      recorder.add(b);
      if (b.progress) opts.onProgress?.(b.progress.done, b.progress.total, b.progress.label);
    },
  });
  if (status.state !== 'done') throw new Error(`${paper.slug}/${preset} ended '${status.state}': ${status.message ?? 'no message'}`);
  const { rows, artifacts } = recorder.getSnapshot();
  const kept = Object.fromEntries(Object.entries(artifacts).filter(([name]) => !NOT_RECORDED.has(name)));
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
    droppedArtifacts: Object.keys(artifacts).filter((name) => NOT_RECORDED.has(name)),
  };
}
