/**
 * Random windows of a token stream for next-character prediction:
 * x = tokens[s .. s+T), y = tokens[s+1 .. s+T], start s uniform.
 */
import type { Rng } from '../rng';

/** A batch of B sequences of T token ids, row-major [B, T]; y is x shifted left by one. */
export interface TokenBatch {
  x: Int32Array; // [B, T]
  y: Int32Array; // [B, T]
  batchSize: number;
  seqLen: number;
}

/** Copies the window starting at each offset into a batch. */
export function batchAt(tokens: ArrayLike<number>, starts: readonly number[], seqLen: number): TokenBatch {
  const B = starts.length;
  const x = new Int32Array(B * seqLen);
  const y = new Int32Array(B * seqLen);
  for (let b = 0; b < B; b++) {
    const s = starts[b];
    if (s < 0 || s + seqLen + 1 > tokens.length) throw new RangeError(`window at ${s} runs past the tokens`);
    for (let t = 0; t < seqLen; t++) {
      x[b * seqLen + t] = tokens[s + t];
      y[b * seqLen + t] = tokens[s + t + 1];
    }
  }
  return { x, y, batchSize: B, seqLen };
}

/** Returns a function that draws a fresh random batch on each call. */
export function batchSampler(tokens: ArrayLike<number>, batchSize: number, seqLen: number, rng: Rng): () => TokenBatch {
  const span = tokens.length - seqLen;
  if (span < 1) throw new RangeError(`need more than seqLen + 1 = ${seqLen + 1} tokens, have ${tokens.length}`);
  return () => {
    const starts: number[] = [];
    for (let b = 0; b < batchSize; b++) starts.push(rng.int(span));
    return batchAt(tokens, starts, seqLen);
  };
}
