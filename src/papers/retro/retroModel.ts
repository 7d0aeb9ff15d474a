/**
 * RETRO (Borgeaud et al. 2021, Sec. 2.4): the notebook's decoder-only LM
 * (core/lm) with a neighbour encoder and chunked cross-attention (CCA) on
 * the layers P = every `every`-th layer from layer `first` (1-based; the
 * paper uses 6, 9, 12 of 12, we scale to 2, 5, ...). The CCA modules plug
 * into core/lm's cross-attention hook; the neighbours reach them through the
 * forward context as ctx.neighbours [B, L, k, r] int32, and without them
 * every CCA is the identity (RETRO[Off]). The first RETRO layer encodes the
 * neighbours against its own chunk activations H_u and hands the result to
 * the later RETRO layers of the same forward pass.
 * Parameters are forked by path, so a RETRO model and a baseline built from
 * the same Rng share every decoder weight at initialisation.
 */
import * as tf from '@tensorflow/tfjs-core';
import { TransformerLM, type CrossAttentionFactory, type ForwardContext, type LMConfig } from '../../core/lm';
import { type Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import { ChunkedCrossAttention, type EncodeFn } from './chunkedCrossAttention';
import { NeighbourEncoder } from './neighbourEncoder';

export interface RetroConfig {
  /** Chunk length m, tokens; neighbours are r = 2m tokens. */
  chunk: number;
  /** Neighbours per chunk (k), for the FLOP count. */
  neighbours: number;
  encWidth: number;
  encLayers: number;
  /** First RETRO layer, 1-based. */
  first: number;
  /** A RETRO layer every this many layers. */
  every: number;
}

/** 0-based indices of the RETRO layers of an nLayers decoder. */
export function retroLayers(nLayers: number, first: number, every: number): number[] {
  const out: number[] = [];
  for (let l = first; l <= nLayers; l += Math.max(1, every)) if (l >= 1) out.push(l - 1);
  return out;
}

export class RetroModel {
  readonly lm: TransformerLM;
  readonly encoder: NeighbourEncoder;
  readonly layers: readonly number[];
  readonly cca: ChunkedCrossAttention[] = [];
  readonly rc: RetroConfig;

  constructor(cfg: LMConfig, rc: RetroConfig, rng: Rng) {
    if (cfg.seqLen % rc.chunk !== 0) throw new RangeError(`context ${cfg.seqLen} is not a whole number of chunks of ${rc.chunk}`);
    const layers = retroLayers(cfg.nLayers, rc.first, rc.every);
    if (layers.length === 0) throw new RangeError(`no RETRO layer: the first (${rc.first}) is past the last layer (${cfg.nLayers})`);
    this.rc = { ...rc };
    this.layers = layers;
    const m = rc.chunk;
    const encoder = new NeighbourEncoder('retro.enc', {
      vocabSize: cfg.vocabSize, dModel: cfg.dModel, width: rc.encWidth, nHeads: cfg.nHeads, layers: rc.encLayers,
      chunk: m, neighbourLen: 2 * m, norm: cfg.norm, ffnRatio: cfg.ffnRatio,
    }, rng.fork('retro.enc'));
    this.encoder = encoder;
    const [firstL, lastL] = [layers[0], layers[layers.length - 1]];
    let current: tf.Tensor4D | null = null;
    const encodeAt = (layer: number): EncodeFn => (h, ctx, L) => {
      const nb = ctx.neighbours as tf.Tensor4D | undefined;
      if (!nb) return null;
      if (layer === firstL) {
        const [B, , E] = h.shape;
        if (nb.rank !== 4 || nb.shape[0] !== B || nb.shape[1] < L) throw new RangeError(`neighbours of shape [${nb.shape.join(', ')}] do not cover ${B} sequences of ${L} chunks`);
        const nbL = nb.shape[1] === L ? nb : tf.slice(nb, [0, 0, 0, 0], [B, L, -1, -1]); // [B, L, k, r]
        const hChunks = tf.reshape(tf.slice(h, [0, 0, 0], [B, L * m, E]), [B, L, m, E]) as tf.Tensor4D; // [B, L, m, E]
        current = encoder.apply(nbL, hChunks); // [B, L, k*r, W]
      }
      const enc = current;
      if (layer === lastL) current = null;
      return enc;
    };
    const factory: CrossAttentionFactory = (layer, c, r) => {
      if (!layers.includes(layer)) return null;
      const mod = new ChunkedCrossAttention(`h.${layer}.cross`, c, rc.encWidth, m, rc.neighbours * 2 * m, r, encodeAt(layer), layer === firstL ? encoder.weights : []);
      this.cca.push(mod);
      return mod;
    };
    this.lm = new TransformerLM(cfg, rng, { crossAttention: factory });
  }

  /** The forward context that carries the neighbours [B, L, k, r] int32. */
  static context(neighbours: tf.Tensor4D): ForwardContext {
    return { neighbours };
  }

  /** What RETRO adds to the decoder (encoder and CCA layers): all that RETRO-fitting trains. */
  retrievalParams(): Weight[] {
    return this.cca.flatMap((c) => c.weights);
  }

  dispose(): void {
    this.lm.dispose();
  }
}
