/**
 * What the crystal-density panel reads from a recording (a live run's, or the
 * recorded run's), in one place: the rows and the typed artifacts the
 * experiment emits (see experiment.ts).
 */
import type { MetricRow } from '../../core/runner/RunRecorder';
import type { DatasetInfo, Interpolation, LatentMap, ReconView, Results, SegView } from './experiment';
import type { GridView } from './gridView';

export interface CrystalRecording {
  rows: readonly MetricRow[];
  info: DatasetInfo | null;
  view: GridView | null;
  recon: ReconView | null;
  seg: SegView | null;
  latent: LatentMap | null;
  interp: Interpolation | null;
  prior: GridView[] | null;
  results: Results | null;
}

export function crystalRecording(rec: { rows: readonly MetricRow[]; artifacts: Readonly<Record<string, unknown>> }): CrystalRecording {
  const a = rec.artifacts;
  return {
    rows: rec.rows,
    info: (a.dataset as DatasetInfo | undefined) ?? null,
    view: (a.view as GridView | undefined) ?? null,
    recon: (a.recon as ReconView | undefined) ?? null,
    seg: (a.seg as SegView | undefined) ?? null,
    latent: (a.latent as LatentMap | undefined) ?? null,
    interp: (a.interp as Interpolation | undefined) ?? null,
    prior: (a.prior as GridView[] | undefined) ?? null,
    results: (a.results as Results | undefined) ?? null,
  };
}
