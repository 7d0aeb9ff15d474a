/**
 * RETRO's retrieval encoder (Borgeaud et al. 2021, Sec. 2.4, Fig. 2): a small
 * bidirectional transformer over each retrieved neighbour (chunk +
 * continuation, r tokens), conditioned on the retrieving chunk: every layer
 *   e = e + SelfAttn(Norm(e))          all r positions, no causal mask
 *   e = e + CrossAttn(Norm(e), H_u)    H_u: the decoder's activations of chunk u
 *   e = e + FFN(Norm(e))
 * H_u is taken at the first RETRO layer (the paper's layer min(P)). Positions
 * are a learned absolute embedding over the r slots (the paper uses relative
 * encodings). Its own token embedding keeps it separate from the decoder, so
 * RETRO-fitting can train it alone.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../core/rng';
import { DenseFeedForward, Norm, PositionEmbedding, TokenEmbedding, type LMConfig } from '../../core/lm';
import { residualStd, type Weight } from '../../core/nn/weight';
import { MultiHeadAttention } from './multiHeadAttention';

export interface EncoderConfig {
  vocabSize: number;
  /** Decoder width E (of H_u). */
  dModel: number;
  /** Encoder width d'. */
  width: number;
  nHeads: number;
  layers: number;
  /** Chunk length m and neighbour length r = 2m. */
  chunk: number;
  neighbourLen: number;
  norm: LMConfig['norm'];
  ffnRatio: number;
}

interface EncoderLayer {
  ln1: Norm;
  self: MultiHeadAttention;
  lnC: Norm;
  cross: MultiHeadAttention;
  ln2: Norm;
  ffn: DenseFeedForward;
}

export class NeighbourEncoder {
  readonly cfg: EncoderConfig;
  readonly wte: TokenEmbedding;
  readonly wpe: PositionEmbedding;
  readonly layers: EncoderLayer[];
  readonly lnF: Norm;

  constructor(name: string, cfg: EncoderConfig, rng: Rng) {
    this.cfg = { ...cfg };
    const W = cfg.width;
    this.wte = new TokenEmbedding(`${name}.wte`, cfg.vocabSize, W, rng.fork(`${name}.wte`));
    this.wpe = new PositionEmbedding(`${name}.wpe`, cfg.neighbourLen, W, rng.fork(`${name}.wpe`));
    const outStd = residualStd(Math.max(1, cfg.layers) * 1.5);
    const ffnCfg: LMConfig = { vocabSize: cfg.vocabSize, seqLen: cfg.neighbourLen, dModel: W, nLayers: Math.max(1, cfg.layers), nHeads: cfg.nHeads, ffnRatio: cfg.ffnRatio, norm: cfg.norm, positions: 'learned' };
    this.layers = Array.from({ length: cfg.layers }, (_, l) => {
      const n = `${name}.l${l}`;
      return {
        ln1: new Norm(`${n}.ln1`, cfg.norm, W, rng),
        self: new MultiHeadAttention(`${n}.self`, W, W, W, cfg.nHeads, outStd, rng.fork(`${n}.self`)),
        lnC: new Norm(`${n}.lnc`, cfg.norm, W, rng),
        cross: new MultiHeadAttention(`${n}.cross`, W, cfg.dModel, W, cfg.nHeads, outStd, rng.fork(`${n}.cross`)),
        ln2: new Norm(`${n}.ln2`, cfg.norm, W, rng),
        ffn: new DenseFeedForward(`${n}.ffn`, ffnCfg, rng.fork(`${n}.ffn`)),
      };
    });
    this.lnF = new Norm(`${name}.ln_f`, cfg.norm, W, rng);
  }

  get weights(): Weight[] {
    return [
      this.wte.table,
      this.wpe.table,
      ...this.layers.flatMap((l) => [...l.ln1.weights, ...l.self.weights, ...l.lnC.weights, ...l.cross.weights, ...l.ln2.weights, ...l.ffn.weights]),
      ...this.lnF.weights,
    ];
  }

  /** Forward FLOPs per neighbour token. */
  get flopsPerToken(): number {
    const r = this.cfg.neighbourLen, m = this.cfg.chunk;
    return 2 * this.cfg.vocabSize * this.cfg.width + this.layers.reduce((s, l) => s + l.self.flopsPerQuery(r) + l.cross.flopsPerQuery(m) + 2 * l.cross.kv.nIn * l.cross.kv.nOut * (m / r) + l.ffn.flopsPerToken, 0);
  }

  /**
   * neighbours [B, L, k, r] int32, hChunks [B, L, m, E] (the retrieving chunks'
   * activations) -> encoded neighbours [B, L, k*r, W], neighbours and time flattened.
   */
  apply(neighbours: tf.Tensor4D, hChunks: tf.Tensor4D): tf.Tensor4D {
    const [B, L, k, r] = neighbours.shape;
    const [m, E, W] = [hChunks.shape[2], hChunks.shape[3], this.cfg.width];
    let e = this.wpe.apply(this.wte.apply(tf.reshape(neighbours, [B * L * k, r]) as tf.Tensor2D)); // [B*L*k, r, W]
    const hu = tf.reshape(hChunks, [B * L, m, E]) as tf.Tensor3D; // [B*L, m, E]
    for (const l of this.layers) {
      const n1 = l.ln1.apply(e); // [B*L*k, r, W]
      e = tf.add(e, l.self.apply(n1, n1)); // [B*L*k, r, W]
      const flat = tf.reshape(l.lnC.apply(e), [B * L, k * r, W]) as tf.Tensor3D; // [B*L, k*r, W]: each neighbour of chunk u sees H_u
      e = tf.add(e, tf.reshape(l.cross.apply(flat, hu), [B * L * k, r, W])); // [B*L*k, r, W]
      e = tf.add(e, l.ffn.apply(l.ln2.apply(e))); // [B*L*k, r, W]
    }
    return tf.reshape(this.lnF.apply(e), [B, L, k * r, W]);
  }
}
