/**
 * The experiment contract (DESIGN.md, "Experiments are async generators").
 * The same generator runs in the browser's worker, in Node for tests and
 * `npm run claims`, and in the benchmark.
 */
import type * as tfc from '@tensorflow/tfjs-core';
import type { BackendName } from './backend/backendNames';
import type { Rng } from './rng';
import type { NamedWeights } from './weights/namedWeights';
import type { Presets } from './params/presets';
import type { ParamsOf, Schema } from './params/schema';

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
  /**
   * Set when this run continues one that stopped (a lost GPU device): the
   * step of the `checkpoint` event it resumes from, whose weights are
   * `weights`. The experiment goes on after that step as if it had never
   * stopped: same data, same random draws, optimiser state from the weights.
   */
  resumeAfter?: number;
}

/** An experiment's artifacts: name → the type of its data. The erased form, for code that serves every paper. */
export type ArtifactTypes = Record<string, unknown>;

/**
 * One metrics row's values. With a declared union of names, each is optional
 * (a row carries the metrics measured at that step); erased, any name.
 */
export type MetricValues<M extends string = string> = string extends M ? Record<string, number> : { [K in M]?: number };

/** An `artifact` event for each declared name, carrying that name's type. */
export type ArtifactEvent<A extends object = ArtifactTypes> = {
  [K in keyof A & string]: { kind: 'artifact'; name: K; data: A[K] };
}[keyof A & string];

export type RunEvent<A extends object = ArtifactTypes, M extends string = string> =
  | { kind: 'progress'; done: number; total: number; label?: string }
  /** Numbers at a training step. */
  | { kind: 'metrics'; step: number; values: MetricValues<M> }
  /**
   * A new model starts (the next size of a family, the run without teachers):
   * the runner restarts its tensor-leak check here. A control signal, not data.
   */
  | { kind: 'segment'; label?: string }
  /**
   * The run can be resumed from here: everything it needs to go on after
   * `step` (the model's weights and the optimiser's state, by name). The page
   * keeps the latest; after a lost GPU device it starts the run again on
   * another backend with these as `weights` and `resumeAfter: step`.
   * Emitted after the step's metrics rows.
   */
  | { kind: 'checkpoint'; step: number; weights: NamedWeights }
  /** Curves, embeddings, grids, frames. Artifacts of one name replace each other. */
  | ArtifactEvent<A>;

/**
 * An experiment: params and a context in, events out. `A` maps artifact names
 * to their types and `M` names its metrics, so a panel, its claims and its
 * tests read what the experiment wrote under the types it wrote them.
 */
export type Experiment<P, A extends object = ArtifactTypes, M extends string = string> = (
  params: P,
  ctx: RunContext<P>,
) => AsyncGenerator<RunEvent<A, M>, void, void>;

/** What a paper's experiment.ts exports: its params, presets and generator, typed together. */
export interface ExperimentDef<S extends Schema = Schema, A extends object = ArtifactTypes, M extends string = string> {
  schema: S;
  presets: Presets<ParamsOf<S>>;
  run: Experiment<ParamsOf<S>, A, M>;
}

/**
 * Declares an experiment with its artifact types and metric names, once:
 *
 *   export const vgraphExperiment = defineExperiment<VGraphArtifacts, VGraphMetric>()({
 *     schema: vgraphSchema, presets: vgraphPresets,
 *     run: async function* (params, ctx) { … yield { kind: 'artifact', name: 'graph', data } … },
 *   });
 *
 * Curried so that A and M are written out while the schema is inferred.
 */
export function defineExperiment<A extends object, M extends string>() {
  return <S extends Schema>(def: ExperimentDef<S, A, M>): ExperimentDef<S, A, M> => def;
}

/** Thrown (or yielded as an error) when a run cannot go on; the message is shown as is. */
export class ExperimentError extends Error {
  override name = 'ExperimentError';
}

/**
 * The experiment as code that serves every paper sees it (the driver, the
 * worker). Always sound: each typed event is an erased event. The compiler
 * cannot see that through an unresolved metric union, hence the cast. The
 * contract's other boundaries: workerExperiment below, and typedRecording /
 * typedBatch (core/runner/RunRecorder.ts) where erased data becomes typed again.
 */
export function eraseExperiment<P, A extends object, M extends string>(experiment: Experiment<P, A, M>): Experiment<P> {
  return experiment as Experiment<P>;
}

/**
 * The experiment as the worker holds it: its params arrive in a message, which
 * the page encoded from this experiment's own schema (core/params/codec), so
 * they are erased too.
 */
export function workerExperiment<P, A extends object, M extends string>(experiment: Experiment<P, A, M>): Experiment<object> {
  return experiment as unknown as Experiment<object>;
}
