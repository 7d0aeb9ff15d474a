/**
 * The copying task as the official RIMs generator builds it (copying_data.py;
 * Goyal et al. 2019, Sec. 4.1, Table 1): 10 symbols drawn from 1..8, then a
 * gap of T−1 blanks (0), the marker 9, and 10 more blanks; the target is
 * blank for the first T+10 steps and then the 10 symbols. Inputs are one-hot
 * over the 10 tokens. The loss covers every step, as in the paper; the
 * evaluation scores the 10 recall steps.
 */
import type { Rng } from '../../core/rng';
import type { SeqBatch } from './seqBatch';

export const COPY_SYMBOLS = 10;
export const COPY_TOKENS = 10;
export const COPY_MARKER = 9;

/** Length of one sequence with gap T: 10 + (T−1) + 1 + 10. */
export const copyLength = (gap: number): number => gap + 2 * COPY_SYMBOLS;

/** Tokens and targets of one sequence. */
export function copySequence(gap: number, rng: Rng): { tokens: number[]; targets: number[] } {
  const symbols = Array.from({ length: COPY_SYMBOLS }, () => 1 + rng.int(8));
  const tokens = [...symbols, ...new Array<number>(gap - 1).fill(0), COPY_MARKER, ...new Array<number>(COPY_SYMBOLS).fill(0)];
  const targets = [...new Array<number>(gap + COPY_SYMBOLS).fill(0), ...symbols];
  return { tokens, targets };
}

export function copyingBatch(gap: number, batch: number, rng: Rng): SeqBatch {
  if (!(gap >= 1)) throw new RangeError(`the copying gap must be at least 1, got ${gap}`);
  const T = copyLength(gap);
  const x = new Float32Array(T * batch * COPY_TOKENS);
  const labels = new Int32Array(T * batch);
  for (let b = 0; b < batch; b++) {
    const { tokens, targets } = copySequence(gap, rng);
    for (let t = 0; t < T; t++) {
      x[(t * batch + b) * COPY_TOKENS + tokens[t]] = 1;
      labels[t * batch + b] = targets[t];
    }
  }
  return { T, B: batch, inputSize: COPY_TOKENS, x, readAt: Array.from({ length: T }, (_, t) => t), labels, values: null, scoreFrom: T - COPY_SYMBOLS };
}
