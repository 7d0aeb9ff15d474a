/**
 * The shape of a decoder-only transformer LM (GPT-2 / nanoGPT layout with
 * pre-norm blocks). Sizes are in units of scalars; seqLen in tokens.
 */

export type NormKind = 'layernorm' | 'rmsnorm';

/**
 * 'learned': a learned absolute position embedding added to the token embedding (GPT-2).
 * 'relative': a learned per-layer, per-head bias b[h, i-j] added to the attention
 *   logits for query i and key j (a T5-style relative bias, one scalar per exact
 *   distance 0..seqLen-1, no buckets); no position embedding. Gopher uses
 *   Transformer-XL relative encodings; this is the simplest learned relative scheme.
 */
export type PositionKind = 'learned' | 'relative';

export interface LMConfig {
  vocabSize: number;
  /** Context length T, in tokens. */
  seqLen: number;
  /** Residual stream width E. */
  dModel: number;
  nLayers: number;
  /** Heads H; dModel must divide by it (head size E/H). */
  nHeads: number;
  /** FFN hidden width = round(ffnRatio * dModel); GPT-2 and Gopher use 4. */
  ffnRatio: number;
  norm: NormKind;
  positions: PositionKind;
}

export const DEFAULT_LM_CONFIG: LMConfig = {
  vocabSize: 52,
  seqLen: 64,
  dModel: 64,
  nLayers: 2,
  nHeads: 4,
  ffnRatio: 4,
  norm: 'layernorm',
  positions: 'learned',
};

export function ffnHidden(cfg: LMConfig): number {
  return Math.round(cfg.ffnRatio * cfg.dModel);
}

export function headSize(cfg: LMConfig): number {
  return cfg.dModel / cfg.nHeads;
}

/** Throws a RangeError naming the first invalid field. */
export function validateConfig(cfg: LMConfig): void {
  const ints: (keyof LMConfig)[] = ['vocabSize', 'seqLen', 'dModel', 'nLayers', 'nHeads'];
  for (const k of ints) {
    const v = cfg[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new RangeError(`LMConfig.${k} must be a positive integer, got ${String(v)}`);
  }
  if (cfg.dModel % cfg.nHeads !== 0) throw new RangeError(`dModel ${cfg.dModel} is not divisible by nHeads ${cfg.nHeads}`);
  if (!(ffnHidden(cfg) >= 1)) throw new RangeError(`ffnRatio ${cfg.ffnRatio} gives no FFN units`);
}
