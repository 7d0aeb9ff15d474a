/**
 * Metrics that measure the machine, not the run: tokensPerSec, probesPerSec,
 * stepsPerSec:R (a per-model variant), evalMs, fitSeconds, routingOverhead,
 * retrievalMsPerQuery. Two runs of the same
 * code, seed and params agree on everything else bit for bit (on WASM and CPU),
 * so a re-recording or a re-run is compared without these.
 */
import type { MetricRow } from './RunRecorder';

const THROUGHPUT = /(PerSec|Ms|Seconds)(:[^:]*)?$/;
/** Machine measures the pattern does not catch: a routed model's tokens/s over its dense twin's, RETRO's retrieval time. */
const MORE = new Set(['routingOverhead', 'retrievalMsPerQuery']);

export const isThroughputMetric = (name: string): boolean => THROUGHPUT.test(name) || MORE.has(name);

/** One row's values with the throughput metrics taken out (the others in their order). */
export function withoutThroughputValues<V extends object>(values: V): V {
  const out = { ...values };
  for (const k of Object.keys(out)) if (isThroughputMetric(k)) Reflect.deleteProperty(out, k);
  return out;
}

/** The rows with their throughput metrics taken out. */
export function withoutThroughput<M extends string>(rows: readonly MetricRow<M>[]): MetricRow<M>[] {
  return rows.map((r) => ({ step: r.step, values: withoutThroughputValues(r.values) }));
}
