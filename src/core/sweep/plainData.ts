/**
 * Checks for what crosses the wire between a sweep's submitter and its
 * workers (an IPC message, a BullMQ result: JSON): plain objects, arrays,
 * strings, booleans, null and finite numbers, nothing else.
 */
import { ExperimentError } from '../experiment';

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

const MAX_DEPTH = 64;

/** `x` if it is plain JSON data with finite numbers (what survives the wire unchanged); throws naming `what` otherwise. */
export function checkPlain(x: unknown, what: string, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new ExperimentError(`${what} is nested more than ${MAX_DEPTH} levels deep`);
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return x;
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw new ExperimentError(`${what} holds ${x}, not a finite number`);
    return x;
  }
  if (Array.isArray(x)) {
    for (const v of x) checkPlain(v, what, depth + 1);
    return x;
  }
  if (isRecord(x) && (Object.getPrototypeOf(x) === Object.prototype || Object.getPrototypeOf(x) === null)) {
    for (const v of Object.values(x)) if (v !== undefined) checkPlain(v, what, depth + 1);
    return x;
  }
  throw new ExperimentError(`${what} is not plain data (${Object.prototype.toString.call(x).slice(8, -1)})`);
}
