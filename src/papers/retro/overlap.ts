/**
 * RETRO's leakage-aware evaluation (Borgeaud et al. 2021, Sec. 2.6): for an
 * evaluation chunk C of m tokens, r(C) = s / m where s is the longest run of
 * tokens C shares with any of its retrieved neighbours; bpc(α) keeps only the
 * chunks with r(C) ≤ α,
 *   bpc(α) = Σ_{r(C) ≤ α} ℓ(C) / (ln 2 · Σ_{r(C) ≤ α} N(C)),
 * ℓ in nats, N in tokens (= characters here). α = 1 keeps every chunk;
 * small α keeps only chunks the database could not have handed over verbatim.
 */

/** The longest common contiguous run of a and b: its length and where it starts in each (dynamic programming, O(|a| |b|)). */
export function longestCommonRunAt(a: ArrayLike<number>, b: ArrayLike<number>): { length: number; aStart: number; bStart: number } {
  let best = 0, aEnd = 0, bEnd = 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : 0;
      if (cur[j] > best) [best, aEnd, bEnd] = [cur[j], i, j];
    }
    [prev, cur] = [cur, prev];
  }
  return { length: best, aStart: aEnd - best, bStart: bEnd - best };
}

/** Length of the longest common contiguous run of a and b. */
export function longestCommonRun(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return longestCommonRunAt(a, b).length;
}

/** r(C): the longest run C shares with any neighbour, over |C|. 0 without neighbours. */
export function chunkOverlap(chunk: ArrayLike<number>, neighbours: readonly ArrayLike<number>[]): number {
  if (chunk.length === 0) return 0;
  let s = 0;
  for (const n of neighbours) s = Math.max(s, longestCommonRun(chunk, n));
  return s / chunk.length;
}

export interface ChunkLosses {
  /** Summed loss of each chunk's tokens, nats. */
  loss: ArrayLike<number>;
  /** Tokens scored in each chunk. */
  tokens: ArrayLike<number>;
  /** r(C) of each chunk. */
  overlap: ArrayLike<number>;
}

/** bpc over the chunks with r(C) ≤ alpha and how many there are; NaN when none. */
export function bpcAtAlpha(c: ChunkLosses, alpha: number): { bpc: number; chunks: number } {
  let l = 0, n = 0, count = 0;
  for (let i = 0; i < c.loss.length; i++) {
    if (c.overlap[i] > alpha + 1e-9) continue;
    l += c.loss[i];
    n += c.tokens[i];
    count++;
  }
  return { bpc: n > 0 ? l / n / Math.LN2 : NaN, chunks: count };
}

/** The α grid of the leakage plot: 0, 1/m, 2/m, ..., 1 (every distinct r(C) a chunk of m tokens can have). */
export function alphaGrid(m: number): number[] {
  return Array.from({ length: m + 1 }, (_, i) => i / m);
}
