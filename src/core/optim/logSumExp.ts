/**
 * log(sum_i exp(v_i)) without overflow: shift by the largest term first.
 * Chinchilla's Approach 3 writes its loss as LSE(a - alpha log N, b - beta log D, e)
 * (Hoffmann et al. 2022, Section 3.3).
 */

export function logSumExp(values: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < values.length; i++) m = Math.max(m, values[i]);
  if (m === -Infinity || m === Infinity) return m;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += Math.exp(values[i] - m);
  return m + Math.log(s);
}

/** Gradient of logSumExp: the softmax of values. */
export function softmax(values: ArrayLike<number>): Float64Array {
  const lse = logSumExp(values);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.exp(values[i] - lse);
  return out;
}
