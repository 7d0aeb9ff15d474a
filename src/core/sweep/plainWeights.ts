/**
 * Named weights as plain data for a sweep point's result: a BullMQ result is
 * JSON, where a Float32Array would come back as an object of indices. Float32
 * values are exact as JSON numbers, so the round trip loses nothing.
 */
import { ExperimentError } from '../experiment';
import type { NamedWeights } from '../weights/namedWeights';
import { isFiniteNumber, isRecord } from './plainData';

export type PlainWeights = Record<string, { shape: number[]; data: number[] }>;

export function plainWeights(w: NamedWeights): PlainWeights {
  return Object.fromEntries(Object.entries(w).map(([k, t]) => [k, { shape: [...t.shape], data: Array.from(t.data) }]));
}

export function namedWeights(w: PlainWeights): NamedWeights {
  return Object.fromEntries(Object.entries(w).map(([k, t]) => [k, { shape: [...t.shape], data: Float32Array.from(t.data) }]));
}

const numbers = (x: unknown): x is number[] => Array.isArray(x) && x.every(isFiniteNumber);

/** Plain weights from the wire, checked: every tensor a shape of whole numbers and as many finite values as the shape holds. */
export function checkPlainWeights(x: unknown, what: string): PlainWeights {
  if (!isRecord(x)) throw new ExperimentError(`${what}: weights are not an object`);
  const out: PlainWeights = {};
  for (const [k, t] of Object.entries(x)) {
    if (!isRecord(t) || !numbers(t.shape) || !t.shape.every((d) => Number.isInteger(d) && d >= 0) || !numbers(t.data)) {
      throw new ExperimentError(`${what}: weight '${k}' needs a shape and finite data`);
    }
    const size = t.shape.reduce((a, b) => a * b, 1);
    if (t.data.length !== size) throw new ExperimentError(`${what}: weight '${k}' has ${t.data.length} values for shape [${t.shape.join(', ')}]`);
    out[k] = { shape: t.shape, data: t.data };
  }
  return out;
}
