/**
 * Test helpers for every paper's live fields, around testing.ts. Two things
 * the generic helpers do not cover:
 *  - metrics rows carry throughput (steps/s, tokens/s, probes/s, a routed
 *    model's speed over its dense twin's), which differs between two runs of
 *    one seed, so `comparable` drops it before rows are compared;
 *  - some live fields act only on what a run reports after training (a
 *    closing evaluation, a fit), as artifacts, which liveFieldEffect does not
 *    compare: `wholeRun` keeps a run's last artifact of each name.
 */
import { initNodeBackend } from '../backend/nodeBackend';
import type { ArtifactTypes, Experiment, ExperimentDef } from '../experiment';
import { presetParams } from '../params/presets';
import type { ParamsOf, Schema } from '../params/schema';
import type { Tweak } from '../params/tweaks';
import type { FirstRowsOptions } from './testing';
import { runToEnd } from './runToEnd';
import { withoutThroughput, withoutThroughputValues } from './throughput';
import type { MetricRow } from './RunRecorder';

/**
 * What every live-field test starts from: the experiment's tiny preset, the
 * run options on the WASM backend (deterministic) with this seed, and the
 * experiment with machine metrics taken out of its rows.
 */
export async function tinyOnWasm<S extends Schema, A extends object, M extends string>(def: ExperimentDef<S, A, M>, seed: number) {
  const tf = await initNodeBackend('wasm');
  const TINY: ParamsOf<S> = presetParams(def.schema, def.presets, 'tiny');
  return { TINY, RUN: { tf, backend: 'wasm' as const, seed }, exp: comparable(def.run) };
}

/** The experiment with machine metrics taken out of its rows. */
export function comparable<P, A extends object, M extends string>(experiment: Experiment<P, A, M>): Experiment<P, A, M> {
  return async function* (params, ctx) {
    for await (const event of experiment(params, ctx)) {
      yield event.kind === 'metrics' ? { ...event, values: withoutThroughputValues(event.values) } : event;
    }
  };
}

export interface WholeRun<A extends object = ArtifactTypes, M extends string = string> {
  rows: MetricRow<M>[];
  /** The last artifact of each name. */
  artifacts: Partial<A>;
  tweaks: Tweak[];
}

/** A whole run through the driver (with the tweaks it is given), machine metrics dropped: its rows, last artifacts and applied tweaks. */
export async function wholeRun<P extends object, A extends object, M extends string>(
  experiment: Experiment<P, A, M>,
  params: P,
  o: Omit<FirstRowsOptions, 'rows'>,
): Promise<WholeRun<A, M>> {
  const { recording, status } = await runToEnd(experiment, params, o);
  if (status.state !== 'done') throw new Error(`run ended ${status.state}: ${status.message ?? ''}`);
  return { rows: withoutThroughput(recording.rows), artifacts: { ...recording.artifacts }, tweaks: [...recording.tweaks] };
}

/** The tweak that sets `name` to `value` after the run's first `after` rows (its step as the run reported it). */
export function tweakAfter<M extends string>(run: WholeRun<object, M>, name: string, value: Tweak['value'], after: number): Tweak {
  return { after, step: run.rows[after - 1]?.step ?? 0, name, value };
}

/** Rows as text, to compare runs row by row. */
export const rowKeys = <M extends string>(rows: readonly MetricRow<M>[]): string[] => rows.map((r) => JSON.stringify(r));
