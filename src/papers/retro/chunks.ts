/**
 * The database's bookkeeping in plain arrays (Borgeaud et al. 2021, Sec. 2.2):
 * which document each token belongs to, where entries start, and which
 * candidates are distinct passages. No tensors: the panel's sample retrieval
 * uses them on the main thread, the database (database.ts) in the runner.
 */

/** Document id of every token, from the documents' start offsets. */
export function documentIds(length: number, docStarts: ArrayLike<number>): Int32Array {
  const ids = new Int32Array(length);
  let d = -1;
  let next = docStarts.length > 0 ? docStarts[0] : Infinity;
  for (let i = 0; i < length; i++) {
    while (i >= next) {
      d++;
      next = d + 1 < docStarts.length ? docStarts[d + 1] : Infinity;
    }
    ids[i] = Math.max(0, d);
  }
  return ids;
}

/** Start offsets of the entries of tokens[0, length): every `stride` tokens (default m) while a whole r-token neighbour fits. */
export function chunkStarts(length: number, m: number, r: number, stride = m): Int32Array {
  if (!(m >= 1 && r >= m)) throw new RangeError(`chunk length ${m} and neighbour length ${r} need 1 <= m <= r`);
  if (!(Number.isInteger(stride) && stride >= 1 && stride <= m)) throw new RangeError(`the database stride must be a whole number from 1 to m = ${m}, got ${stride}`);
  const n = Math.max(0, Math.floor((length - r) / stride) + 1);
  return Int32Array.from({ length: n }, (_, i) => i * stride);
}

/**
 * Positions in `candidates` (entry indices, nearest first; -1 none) of the
 * first k whose starts are at least m apart from every one kept before:
 * distinct passages.
 */
export function distinctNeighbours(candidates: ArrayLike<number>, starts: ArrayLike<number>, m: number, k: number): number[] {
  const kept: number[] = [];
  for (let c = 0; c < candidates.length && kept.length < k; c++) {
    const e = candidates[c];
    if (e >= 0 && kept.every((o) => Math.abs(starts[candidates[o]] - starts[e]) >= m)) kept.push(c);
  }
  return kept;
}
