/**
 * Fewer digits for a recorded run's large artifacts (3-D density grids, say)
 * that would pass its size budget even with thinned rows: every non-integer
 * number, in plain and typed arrays and objects alike, rounded to `digits`
 * significant digits. Integers (labels, counts, steps) are left exact, and so
 * are the metric rows: only what is drawn, not what is checked, loses digits.
 */
const round = (x: number, digits: number): number => (Number.isInteger(x) || !Number.isFinite(x) ? x : Number(x.toPrecision(digits)));

export function roundFloats<T>(value: T, digits: number): T {
  return roundAny(value, digits) as T;
}

function roundAny(v: unknown, digits: number): unknown {
  if (typeof v === 'number') return round(v, digits);
  if (v instanceof Float32Array || v instanceof Float64Array) return v.map((x) => round(x, digits));
  if (ArrayBuffer.isView(v)) return v; // integer typed arrays
  if (Array.isArray(v)) return v.map((x) => roundAny(x, digits));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundAny(x, digits)]));
  return v;
}
