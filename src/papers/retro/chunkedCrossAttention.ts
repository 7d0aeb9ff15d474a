/**
 * RETRO's chunked cross-attention (Borgeaud et al. 2021, Sec. 2.4, Eq. 3-4),
 * placed after self-attention in a RETRO block: FFW(CCA(ATTN(H), E)).
 * The sequence H [B, T, E] (T = l m) is shifted by m − 1: attending chunk
 *   H_u^+ = (h_{u m + i − 1})_{i=1..m}
 * holds the last token of chunk u and the first m − 1 tokens of chunk u+1,
 * and attends to E_u, the encoded neighbours of chunk u (k neighbours × r
 * tokens flattened). The first m − 1 positions are the identity, and the
 * last token attends to E_l. So token t (0-based) attends to the neighbours
 * of chunk ⌊(t+1)/m⌋ − 1: the prediction of any token of chunk u uses only
 * RET(C_{u'}) for u' < u, and the model stays causal.
 * Only complete chunks have neighbours, so a window of T tokens uses
 * L = ⌊T/m⌋ of them.
 */
import * as tf from '@tensorflow/tfjs-core';
import { createWeight, residualStd, type Weight } from '../../core/nn/weight';
import { Norm, type CrossAttentionModule, type ForwardContext, type LMConfig } from '../../core/lm';
import type { Rng } from '../../core/rng';
import { MultiHeadAttention } from './multiHeadAttention';

/** Encodes ctx.neighbours against the chunk activations h; null when the context has no neighbours (RETRO[Off]). */
export type EncodeFn = (h: tf.Tensor3D, ctx: ForwardContext, chunks: number) => tf.Tensor4D | null;

export class ChunkedCrossAttention implements CrossAttentionModule {
  readonly ln: Norm;
  readonly attn: MultiHeadAttention;
  /**
   * Learned logit bias [H, m, r] by the query's offset in its attending chunk
   * and the key's offset in its neighbour, shared by the k neighbours: the
   * positional part of the paper's relative encodings in CCA, which lets a
   * head align "offset i of the chunk" with "offset i + 1 of the neighbour"
   * without first learning it through the content projections.
   */
  readonly posBias: Weight;
  readonly chunk: number;
  readonly flopsPerToken: number;
  /** Extra parameters this layer owns and reports (the encoder, on the first RETRO layer). */
  private readonly extra: readonly Weight[];

  constructor(
    name: string,
    cfg: LMConfig,
    encWidth: number,
    chunk: number,
    keysPerChunk: number,
    rng: Rng,
    private readonly encoded: EncodeFn,
    extra: readonly Weight[] = [],
  ) {
    this.chunk = chunk;
    this.ln = new Norm(`${name}.ln`, cfg.norm, cfg.dModel, rng);
    this.attn = new MultiHeadAttention(`${name}.cca`, cfg.dModel, encWidth, cfg.dModel, cfg.nHeads, residualStd(cfg.nLayers), rng.fork(`${name}.cca`));
    this.posBias = createWeight(`${name}.cca.posbias`, [cfg.nHeads, chunk, 2 * chunk], { kind: 'zeros' }, rng, false);
    this.flopsPerToken = this.attn.flopsPerQuery(keysPerChunk) + 2 * encWidth * 2 * cfg.dModel * (keysPerChunk / chunk);
    this.extra = extra;
  }

  get weights(): Weight[] {
    return [...this.extra, ...this.ln.weights, ...this.attn.weights, this.posBias];
  }

  /** h [B, T, E] -> h + CCA(Norm(h), E) [B, T, E]; the identity without neighbours or before the first full chunk. */
  apply(h: tf.Tensor3D, ctx: ForwardContext): tf.Tensor3D {
    const [B, T, E] = h.shape;
    const m = this.chunk;
    const L = Math.floor(T / m);
    if (L < 1) return h;
    const enc = this.encoded(h, ctx, L); // [B, L, k*r, W]
    if (!enc) return h;
    const [, , KR, W] = enc.shape;
    const n = T - (m - 1); // positions m-1 .. T-1 attend
    const q = tf.slice(this.ln.apply(h), [0, m - 1, 0], [B, n, E]); // [B, n, E]
    const qChunks = tf.reshape(tf.pad(q, [[0, 0], [0, L * m - n], [0, 0]]), [B * L, m, E]) as tf.Tensor3D; // [B*L, m, E]
    const k = KR / (2 * m);
    const pb = this.posBias.variable as tf.Tensor3D; // [H, m, r]
    const bias = k === 1 ? pb : tf.concat(Array.from({ length: k }, () => pb), 2); // [H, m, k*r]
    const y = this.attn.apply(qChunks, tf.reshape(enc, [B * L, KR, W]) as tf.Tensor3D, bias); // [B*L, m, E]
    const back = tf.slice(tf.reshape(y, [B, L * m, E]), [0, 0, 0], [B, n, E]); // [B, n, E]
    return tf.add(h, tf.pad(back, [[0, 0], [m - 1, 0], [0, 0]])); // [B, T, E]
  }
}
