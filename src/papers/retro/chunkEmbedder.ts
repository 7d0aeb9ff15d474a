/**
 * The frozen retriever's key for a chunk (stands in for RETRO's frozen BERT
 * embeddings averaged over time, Borgeaud et al. 2021, Sec. 2.3): a fixed
 * random projection of the chunk's bag of character n-grams. Each n-gram
 * (n in [minN, maxN]) is hashed into one of `buckets` rows of a seeded
 * Gaussian table [buckets, dim]; the key is the sum of its rows, scaled to
 * unit length. It is drawn once from the seed and never trained, so
 * retrieval cannot adapt to the language model (the paper's reason for a
 * frozen retriever: the database is embedded once).
 */
import { Rng } from '../../core/rng';

export interface EmbedderOptions {
  dim: number;
  buckets: number;
  minN: number;
  maxN: number;
}

export const DEFAULT_EMBEDDER: EmbedderOptions = { dim: 64, buckets: 4096, minN: 2, maxN: 4 };

export class ChunkEmbedder {
  readonly options: EmbedderOptions;
  private readonly table: Float32Array; // [buckets, dim]

  constructor(seed: number, options: Partial<EmbedderOptions> = {}) {
    this.options = { ...DEFAULT_EMBEDDER, ...options };
    const { dim, buckets } = this.options;
    const rng = new Rng(seed);
    this.table = new Float32Array(buckets * dim);
    for (let i = 0; i < this.table.length; i++) this.table[i] = rng.normal(0, 1);
  }

  /** FNV-1a over the n token ids starting at `at`, folded into a bucket. */
  private bucket(tokens: ArrayLike<number>, at: number, n: number): number {
    let h = 0x811c9dc5 ^ n;
    for (let i = 0; i < n; i++) {
      h ^= tokens[at + i] + 1;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h % this.options.buckets;
  }

  /** Key of tokens[start, start+len) written into out[offset, offset+dim). */
  embedInto(tokens: ArrayLike<number>, start: number, len: number, out: Float32Array, offset: number): void {
    const { dim, minN, maxN } = this.options;
    out.fill(0, offset, offset + dim);
    for (let n = minN; n <= maxN; n++) {
      for (let i = start; i + n <= start + len; i++) {
        const row = this.bucket(tokens, i, n) * dim;
        for (let d = 0; d < dim; d++) out[offset + d] += this.table[row + d];
      }
    }
    let s = 0;
    for (let d = 0; d < dim; d++) s += out[offset + d] ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let d = 0; d < dim; d++) out[offset + d] *= inv;
  }

  /** Keys of `count` chunks of `len` tokens starting at starts[i]: row-major [count, dim]. */
  embedMany(tokens: ArrayLike<number>, starts: ArrayLike<number>, len: number): Float32Array {
    const out = new Float32Array(starts.length * this.options.dim);
    for (let i = 0; i < starts.length; i++) this.embedInto(tokens, starts[i], len, out, i * this.options.dim);
    return out;
  }
}
