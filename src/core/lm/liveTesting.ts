/**
 * Test helpers for the live fields of the language-model papers (chinchilla,
 * gopher, routed-scaling, retro), around core/runner/testing.ts. Two things
 * the generic helpers do not cover:
 *  - their metrics rows carry throughput (tokens/s, probes/s, a routed model's
 *    speed over its dense twin's), which differs between two runs of one seed,
 *    so `comparable` drops it before rows are compared;
 *  - some live fields act only on what a run reports after training (a
 *    closing evaluation, a fit), as artifacts, which liveFieldEffect does not
 *    compare: `wholeRun` keeps a run's last artifact of each name.
 */
import type { Experiment } from '../experiment';
import type { Tweak } from '../params/tweaks';
import { firstRows, type FirstRowsOptions } from '../runner/testing';
import { isThroughputMetric } from '../runner/throughput';
import type { MetricRow } from '../runner/RunRecorder';

/**
 * The experiment with machine metrics taken out of its rows; each artifact it
 * yields is also kept in `artifacts` (the latest of each name).
 */
export function comparable<P>(experiment: Experiment<P>, artifacts?: Record<string, unknown>): Experiment<P> {
  return async function* (params, ctx) {
    for await (const event of experiment(params, ctx)) {
      if (event.kind === 'metrics') {
        yield { ...event, values: Object.fromEntries(Object.entries(event.values).filter(([k]) => !isThroughputMetric(k))) };
        continue;
      }
      if (event.kind === 'artifact' && artifacts) artifacts[event.name] = event.data;
      yield event;
    }
  };
}

export interface WholeRun {
  rows: MetricRow[];
  artifacts: Record<string, unknown>;
  tweaks: Tweak[];
}

/** A whole run through the driver (with the tweaks it is given), machine metrics dropped: its rows, last artifacts and applied tweaks. */
export async function wholeRun<P extends object>(experiment: Experiment<P>, params: P, o: Omit<FirstRowsOptions, 'rows'>): Promise<WholeRun> {
  const artifacts: Record<string, unknown> = {};
  const { rows, tweaks, status } = await firstRows(comparable(experiment, artifacts), params, { ...o, rows: Infinity });
  if (status.state !== 'done') throw new Error(`run ended ${status.state}: ${status.message ?? ''}`);
  return { rows, artifacts, tweaks };
}

/** The tweak that sets `name` to `value` after the run's first `after` rows (its step as the run reported it). */
export function tweakAfter(run: WholeRun, name: string, value: Tweak['value'], after: number): Tweak {
  return { after, step: run.rows[after - 1]?.step ?? 0, name, value };
}

/** Rows as text, to compare runs row by row. */
export const rowKeys = (rows: readonly MetricRow[]): string[] => rows.map((r) => JSON.stringify(r));
