/**
 * The retrieval database (Borgeaud et al. 2021, Sec. 2.2-2.3): a token stream
 * cut into chunks of m tokens; each entry is keyed by its chunk's frozen
 * embedding and returns r = 2m tokens, the chunk N and its continuation F.
 * Search is exact kNN by L2 on the active backend (core/retrieval/knn.ts).
 * Every token carries the id of its document, and a query never gets a
 * neighbour that shares a document with its sequence.
 *
 * The paper's entries start every m tokens (stride m). A stride s < m also
 * keys the chunks that start in between, so the nearest entry to a query
 * chunk starts where the shared text starts, and its continuation lines up
 * with what follows the query. Neighbours are kept distinct: a candidate
 * that starts within m tokens of a nearer chosen one is the same passage
 * seen at another offset, and is skipped.
 */
import { KnnIndex } from '../../core/retrieval/knn';
import { PAD_ID } from '../../core/corpus';
import type { ChunkEmbedder } from './chunkEmbedder';
import { chunkStarts, distinctNeighbours } from './chunks';

export { chunkStarts, distinctNeighbours, documentIds } from './chunks';

export interface Retrieved {
  /** [B, L, k, r] token ids of each neighbour (chunk + continuation); PAD where there is none. */
  neighbours: Int32Array;
  /** [B, L, k] database entries, -1 where there is none. */
  indices: Int32Array;
  /** [B, L, k] squared L2 distances. */
  distances: Float32Array;
  batch: number;
  chunks: number;
  k: number;
  r: number;
  /** Wall time of the search (embedding the queries included), ms. */
  ms: number;
}

export class ChunkDatabase {
  readonly tokens: Uint8Array;
  readonly docIds: Int32Array;
  readonly m: number;
  readonly r: number;
  /** Tokens between consecutive entry starts (m in the paper). */
  readonly stride: number;
  readonly starts: Int32Array;
  readonly embedder: ChunkEmbedder;
  readonly index: KnnIndex;

  /** tokens: the retrieval stream; docIds: document of each token; stride: tokens between entries (default m). */
  constructor(tokens: Uint8Array, docIds: Int32Array, m: number, embedder: ChunkEmbedder, stride = m) {
    this.tokens = tokens;
    this.docIds = docIds;
    this.m = m;
    this.r = 2 * m;
    this.stride = stride;
    this.embedder = embedder;
    this.starts = chunkStarts(tokens.length, m, this.r, stride);
    if (this.starts.length < 1) throw new RangeError(`a database needs at least ${this.r} tokens, got ${tokens.length}`);
    const keys = embedder.embedMany(tokens, this.starts, m);
    const lo = new Float32Array(this.starts.length);
    const hi = new Float32Array(this.starts.length);
    for (let j = 0; j < this.starts.length; j++) {
      lo[j] = docIds[this.starts[j]];
      hi[j] = docIds[this.starts[j] + this.r - 1];
    }
    this.index = new KnnIndex(keys, embedder.options.dim, { lo, hi });
  }

  get size(): number {
    return this.starts.length;
  }

  /** Tokens of text the entries cover (entries × stride). */
  get tokenCount(): number {
    return this.starts.length * this.stride;
  }

  /** The r tokens of entry j. */
  entry(j: number): Uint8Array {
    return this.tokens.subarray(this.starts[j], this.starts[j] + this.r);
  }

  /**
   * Neighbours of the complete chunks of B sequences tokens[s, s + seqLen).
   * docIds (of `tokens`) enables same-document exclusion over [s, s + seqLen]
   * (the target token included); null for text outside the corpus (a prompt).
   * `limit` searches only the first entries (a smaller database).
   */
  async retrieve(tokens: ArrayLike<number>, docIds: ArrayLike<number> | null, seqStarts: readonly number[], seqLen: number, k: number, limit?: number): Promise<Retrieved> {
    const t0 = performance.now();
    const { m, r } = this;
    const B = seqStarts.length;
    const L = Math.floor(seqLen / m);
    const dim = this.embedder.options.dim;
    const queries = new Float32Array(B * L * dim);
    const queryLo = new Float32Array(B * L).fill(-2);
    const queryHi = new Float32Array(B * L).fill(-2);
    for (let b = 0; b < B; b++) {
      const s = seqStarts[b];
      const lastDoc = docIds ? docIds[Math.min(s + seqLen, docIds.length - 1)] : -2;
      for (let u = 0; u < L; u++) {
        this.embedder.embedInto(tokens, s + u * m, m, queries, (b * L + u) * dim);
        if (docIds) {
          queryLo[b * L + u] = docIds[s];
          queryHi[b * L + u] = lastDoc;
        }
      }
    }
    // Entries within m tokens of each other are one passage: ask for enough candidates to find k distinct ones.
    const wide = this.stride < m ? k * (2 * Math.ceil(m / this.stride) + 1) : k;
    const res = B * L > 0 ? await this.index.search({ queries, k: wide, limit, queryLo, queryHi }) : { indices: new Int32Array(0), distances: new Float32Array(0) };
    const neighbours = new Int32Array(B * L * k * r).fill(PAD_ID);
    const indices = new Int32Array(B * L * k).fill(-1);
    const distances = new Float32Array(B * L * k).fill(Infinity);
    for (let q = 0; q < B * L; q++) {
      const kept = distinctNeighbours(res.indices.subarray(q * wide, (q + 1) * wide), this.starts, m, k);
      kept.forEach((c, j) => {
        const e = res.indices[q * wide + c];
        indices[q * k + j] = e;
        distances[q * k + j] = res.distances[q * wide + c];
        const from = this.starts[e];
        for (let t = 0; t < r; t++) neighbours[(q * k + j) * r + t] = this.tokens[from + t];
      });
    }
    return { neighbours, indices, distances, batch: B, chunks: L, k, r, ms: performance.now() - t0 };
  }

  dispose(): void {
    this.index.dispose();
  }
}
