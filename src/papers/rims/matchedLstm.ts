/**
 * The parameter-matched baseline: the LSTM (or GRU) width whose parameter
 * count, read-out included, is closest to the RIMs model's. The counts are
 * formulas here; rims tests check them against the built objects.
 */
import type { RnnKind } from './groupRnn';

/** Parameters of a single-module recurrent net of n units with a linear read-out. */
export function baselineParamCount(kind: RnnKind, inputs: number, n: number, outputs: number): number {
  const rnn = kind === 'lstm' ? 4 * n * (inputs + n) + 4 * n : 3 * n * inputs + 3 * n * n + 6 * n;
  return rnn + n * outputs + outputs;
}

/** Width n ≥ 1 whose count is closest to `target`. */
export function matchedWidth(kind: RnnKind, inputs: number, outputs: number, target: number): number {
  let best = 1;
  for (let n = 1; baselineParamCount(kind, inputs, n, outputs) <= 2 * target + 100; n++) {
    if (Math.abs(baselineParamCount(kind, inputs, n, outputs) - target) < Math.abs(baselineParamCount(kind, inputs, best, outputs) - target)) best = n;
  }
  return best;
}
