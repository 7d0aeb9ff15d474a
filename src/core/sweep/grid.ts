/**
 * The sweep contract (DESIGN.md, "Beyond one machine"): an experiment that runs
 * a grid declares it as a list of independent points, each fully determined by
 * (paper, params, seed, point index), and a merge that turns the points'
 * results into the recording the experiment itself would have made.
 *
 * A point's result crosses processes and machines as JSON (an IPC message, a
 * BullMQ return value), so it must be plain data with finite numbers; the
 * grid checks what comes back (`checkResult`) instead of trusting it.
 */
import type { BackendName } from '../backend/backendNames';
import { eraseExperiment, type ExperimentDef, type Tf } from '../experiment';
import { decodeLink, encodeLink } from '../params/codec';
import type { ParamsOf, Schema } from '../params/schema';
import type { MetricRow } from '../runner/RunRecorder';
import { runToEnd } from '../runner/runToEnd';

export interface PointContext {
  tf: Tf;
  backend: BackendName;
  /** Aborted when the worker shuts down. */
  signal: AbortSignal;
  /** Fraction of this point done, 0..1 (the host throttles what it forwards). */
  progress(fraction: number): void;
  /**
   * Lets the worker's own timers and sockets in (its queue lock renewal, IPC):
   * call it between steps; it yields only every few tens of ms.
   */
  checkpoint(): Promise<void>;
  /** A value made once per worker process and key (a corpus all points read), then shared by its points. */
  shared<T>(key: string, make: () => T): T;
}

/** What the progress bar and the run file show of a point before it runs. */
export interface PointInfo {
  label: string;
  /** Relative cost (e.g. FLOPs), for the ETA; only ratios matter. */
  cost: number;
}

/** The merged result: what a RunRecorder would hold after the one-process run. */
export interface MergedRecording {
  rows: MetricRow[];
  artifacts: Record<string, unknown>;
}

export interface SweepGrid<P, R> {
  /** The points, in the order the one-process experiment runs them. */
  points(params: P, seed: number): PointInfo[];
  runPoint(params: P, seed: number, index: number, ctx: PointContext): Promise<R>;
  /** A result that came back over the wire, checked; throws on anything malformed. */
  checkResult(x: unknown): R;
  /** The recording from the results present; a missing index is a point that failed. */
  merge(params: P, seed: number, results: ReadonlyMap<number, R>): MergedRecording;
  /** Metrics measured in wall time (throughput): they differ between any two runs, so comparisons skip them. */
  timingMetrics: readonly string[];
}

/** The settings a sweep runs: a paper's link query (`?lr=0.02&seed=3&preset=tiny`), decoded by the paper's own schema. */
export interface SweepSettings {
  params: Record<string, unknown>;
  seed: number;
  preset: string;
}

/**
 * A grid bound to its paper's schema, with the types erased so the CLIs can
 * hold grids of different papers side by side. Params travel as the link
 * query; every entry point decodes it with the paper's codec, so a job from
 * another schema is refused rather than misread.
 */
export interface BoundSweep {
  slug: string;
  /** Params and seed of a link query; throws when the query has anything the schema does not accept. */
  settings(query: string): SweepSettings;
  /** The same settings as the paper's own link writes them (only values that differ from the preset). */
  canonical(query: string): string;
  points(query: string): PointInfo[];
  runPoint(query: string, index: number, ctx: PointContext): Promise<unknown>;
  merge(query: string, results: ReadonlyMap<number, unknown>): MergedRecording;
  /** The paper's experiment itself, start to end in this process: the reference a sweep must equal. */
  runOneProcess(query: string, tf: Tf, backend: BackendName, onProgress?: (fraction: number) => void): Promise<MergedRecording & { ms: number }>;
  timingMetrics: readonly string[];
}

export class SweepError extends Error {
  override name = 'SweepError';
}

export function bindSweep<S extends Schema, A extends object, M extends string, R>(
  paper: ExperimentDef<S, A, M> & { slug: string },
  grid: SweepGrid<ParamsOf<S>, R>,
): BoundSweep {
  const decode = (query: string) => {
    const { state, notices } = decodeLink(paper.schema, paper.presets, query);
    if (notices.length) throw new SweepError(`${paper.slug}: settings '${query}' not accepted: ${notices.map((n) => n.message).join(' ')}`);
    return state;
  };
  return {
    slug: paper.slug,
    settings(query) {
      const s = decode(query);
      return { params: { ...s.params }, seed: s.seed, preset: s.preset };
    },
    canonical(query) {
      return encodeLink(paper.schema, paper.presets, { ...decode(query), run: false, backend: null });
    },
    points(query) {
      const s = decode(query);
      return grid.points(s.params, s.seed);
    },
    async runPoint(query, index, ctx) {
      const s = decode(query);
      const count = grid.points(s.params, s.seed).length;
      if (!Number.isInteger(index) || index < 0 || index >= count) throw new SweepError(`${paper.slug}: point ${index} is not in this grid of ${count} points`);
      return grid.runPoint(s.params, s.seed, index, ctx);
    },
    merge(query, results) {
      const s = decode(query);
      const checked = new Map<number, R>();
      for (const [i, r] of results) checked.set(i, grid.checkResult(r));
      return grid.merge(s.params, s.seed, checked);
    },
    async runOneProcess(query, tf, backend, onProgress) {
      const s = decode(query);
      const { recording, status, seconds } = await runToEnd(eraseExperiment(paper.run), s.params, { seed: s.seed, tf, backend, onProgress });
      if (status.state !== 'done') throw new SweepError(`${paper.slug}: the one-process run ended '${status.state}'${status.message ? `: ${status.message}` : ''}`);
      return { rows: [...recording.rows], artifacts: { ...recording.artifacts }, ms: seconds * 1000 };
    },
    timingMetrics: grid.timingMetrics,
  };
}
