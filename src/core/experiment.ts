/**
 * The experiment contract (DESIGN.md, "Experiments are async generators").
 * The same generator runs in the browser's worker, in Node for tests and
 * `npm run claims`, and in the benchmark.
 */
import type * as tfc from '@tensorflow/tfjs-core';
import type { BackendName } from './backend/backendNames';
import type { Rng } from './rng';
import type { NamedWeights } from './weights/namedWeights';

export type Tf = typeof tfc;

export interface RunContext<P> {
  tf: Tf;
  /** Seeded from the link's seed; fork it per purpose (`rng.fork('data')`). */
  rng: Rng;
  backend: BackendName;
  /** Aborted when the reader stops or resets the run. */
  signal: AbortSignal;
  /** Current values, including fields marked `live` that changed mid-run. */
  live(): P;
  /**
   * Weights the reader loaded to start from (a panel's weights file), or
   * undefined. An experiment that supports them assigns what matches by name
   * and shape and reports it as a `weightsLoaded` artifact (a line of text).
   * It hands its trained weights out as a `weights` artifact (NamedWeights).
   */
  weights?: NamedWeights;
}

export type RunEvent =
  | { kind: 'progress'; done: number; total: number; label?: string }
  /**
   * Numbers at a training step. A `segment` value (a run or model index) tells the
   * runner that a new model starts, so its tensor-leak check restarts there.
   */
  | { kind: 'metrics'; step: number; values: Record<string, number> }
  /** Curves, embeddings, grids, frames. Artifacts of one name replace each other. */
  | { kind: 'artifact'; name: string; data: unknown };

export type Experiment<P> = (params: P, ctx: RunContext<P>) => AsyncGenerator<RunEvent, void, void>;

/** Thrown (or yielded as an error) when a run cannot go on; the message is shown as is. */
export class ExperimentError extends Error {
  override name = 'ExperimentError';
}
