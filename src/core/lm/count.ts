/**
 * Exact parameter counts of TransformerLM, and FLOP counts.
 *
 * FLOPs follow Hoffmann et al. 2022 (Chinchilla), Appendix F, per forward pass
 * of one sequence of length T (a multiply-add counts 2; norms, biases and
 * nonlinearities are not counted; the relative-position bias is not counted):
 *   embeddings          2 T V E
 *   attention, per layer:
 *     QKV projections   2 · 3 T E (H d_k)
 *     logits Q Kᵀ       2 T T (H d_k)
 *     softmax           3 H T T
 *     softmax @ V       2 T T (H d_k)
 *     output projection 2 T (H d_k) E
 *   dense FFN, per layer 2 T (E F + F E)
 *   final logits        2 T E V
 * Backward costs 2x forward, so training costs 3x forward per token
 * (Kaplan et al. 2020, Sec. 2.1 gives the same 6N rule to leading order).
 */
import { ffnHidden, type LMConfig } from './config';

/** Overrides for models with hooks (e.g. a mixture-of-experts FFN or RETRO's cross-attention). */
export interface CountOptions {
  /** Parameters of one layer's FFN (default: the dense GELU MLP). */
  ffnParams?: number;
  /** Forward FLOPs per token of one layer's FFN (default: dense, 4 E F). */
  ffnFlopsPerToken?: number;
  /** Parameters added by hooks, summed over all layers. */
  extraParams?: number;
  /** Forward FLOPs per token added by hooks, summed over all layers. */
  extraFlopsPerToken?: number;
}

export interface ParamCount {
  tokenEmbedding: number;
  /** Learned absolute positions; 0 with relative positions. */
  positionEmbedding: number;
  /** One layer: norms, attention (incl. relative bias), FFN. */
  perLayer: number;
  /** All layers, plus extraParams. */
  layers: number;
  finalNorm: number;
  head: number;
  /** Everything: Chinchilla's N. */
  total: number;
  /** total minus token and position embeddings: Kaplan's N. */
  nonEmbedding: number;
}

export function countParams(cfg: LMConfig, opts: CountOptions = {}): ParamCount {
  const { vocabSize: V, seqLen: T, dModel: E, nLayers: L, nHeads: H } = cfg;
  const F = ffnHidden(cfg);
  const norm = cfg.norm === 'layernorm' ? 2 * E : E;
  const attention = E * 3 * E + 3 * E + E * E + E + (cfg.positions === 'relative' ? H * T : 0);
  const ffn = opts.ffnParams ?? E * F + F + F * E + E;
  const perLayer = 2 * norm + attention + ffn;
  const tokenEmbedding = V * E;
  const positionEmbedding = cfg.positions === 'learned' ? T * E : 0;
  const layers = L * perLayer + (opts.extraParams ?? 0);
  const head = E * V;
  const total = tokenEmbedding + positionEmbedding + layers + norm + head;
  return { tokenEmbedding, positionEmbedding, perLayer, layers, finalNorm: norm, head, total, nonEmbedding: total - tokenEmbedding - positionEmbedding };
}

export interface ForwardFlops {
  embeddings: number;
  /** Per layer. */
  attentionQKV: number;
  attentionLogits: number;
  softmax: number;
  attentionReduction: number;
  attentionProjection: number;
  ffn: number;
  /** All layers. */
  layers: number;
  /** Hooks, all layers. */
  extra: number;
  finalLogits: number;
  /** One forward pass of one sequence of seqLen tokens. */
  total: number;
}

/** Forward FLOPs of one sequence of cfg.seqLen tokens (Chinchilla, Appendix F). */
export function forwardFlops(cfg: LMConfig, opts: CountOptions = {}): ForwardFlops {
  const { vocabSize: V, seqLen: T, dModel: E, nLayers: L } = cfg;
  const HK = E; // heads x key size
  const F = ffnHidden(cfg);
  const f = {
    embeddings: 2 * T * V * E,
    attentionQKV: 2 * 3 * T * E * HK,
    attentionLogits: 2 * T * T * HK,
    softmax: 3 * cfg.nHeads * T * T,
    attentionReduction: 2 * T * T * HK,
    attentionProjection: 2 * T * HK * E,
    ffn: T * (opts.ffnFlopsPerToken ?? 2 * (E * F + F * E)),
    extra: T * (opts.extraFlopsPerToken ?? 0),
    finalLogits: 2 * T * E * V,
  };
  const perLayer = f.attentionQKV + f.attentionLogits + f.softmax + f.attentionReduction + f.attentionProjection + f.ffn;
  const layers = L * perLayer;
  return { ...f, layers, total: f.embeddings + layers + f.extra + f.finalLogits };
}

/** Training FLOPs per token: forward + backward = 3 x forward. */
export function trainingFlopsPerToken(cfg: LMConfig, opts: CountOptions = {}): number {
  return (3 * forwardFlops(cfg, opts).total) / cfg.seqLen;
}

/** Training FLOPs for `tokens` tokens with the detailed count. */
export function trainingFlops(cfg: LMConfig, tokens: number, opts: CountOptions = {}): number {
  return trainingFlopsPerToken(cfg, opts) * tokens;
}

/** The 6ND approximation of training compute (N parameters, D tokens). */
export function sixND(params: number, tokens: number): number {
  return 6 * params * tokens;
}
