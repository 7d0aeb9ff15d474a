/**
 * One training step and evaluation of a TransformerLM on next-token
 * prediction. Losses are mean cross-entropy in nats; bits per character
 * = loss / ln 2 (one token is one character in the notebook's corpus).
 * Training needs tfjs gradients registered, which the backend modules do
 * (core/backend: nodeBackend.ts, browserBackends.ts); tfjs-core alone does not.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AdamW } from '../nn/adamw';
import { gradientStep } from '../train/gradientStep';
import type { ForwardContext } from './hooks';
import type { TransformerLM } from './model';

/** B sequences of T token ids, row-major [B, T]; y[b, t] is the token after x[b, t]. */
export interface Batch {
  x: Int32Array; // [B, T]
  y: Int32Array; // [B, T]
  batchSize: number;
  seqLen: number;
}

export interface TrainStepOptions {
  /** Rescale gradients so their global L2 norm is at most this (Gopher: 1.0). */
  clipNorm?: number;
  ctx?: ForwardContext;
}

/**
 * Forward, backward and one AdamW update at learning rate `lr`. Returns the
 * batch's cross-entropy before the update (nats) as a scalar the caller
 * owns: read it (`await loss.data()`) and dispose it.
 */
export function trainStep(model: TransformerLM, opt: AdamW, batch: Batch, lr: number, opts: TrainStepOptions = {}): tf.Scalar {
  return tf.tidy(() => {
    const x = tf.tensor2d(batch.x, [batch.batchSize, batch.seqLen], 'int32'); // [B, T]
    const y = tf.tensor2d(batch.y, [batch.batchSize, batch.seqLen], 'int32'); // [B, T]
    // The clip is folded into the fused AdamW update where the backend has it.
    return gradientStep(opt, model.variables(), lr, () => {
      const parts = model.loss(x, y, opts.ctx);
      return { loss: parts.total, report: parts.ce };
    }, { clipNorm: opts.clipNorm });
  });
}

export interface EvalResult {
  /** Mean cross-entropy, nats per token. */
  loss: number;
  /** Bits per character = loss / ln 2. */
  bpc: number;
  /** Tokens scored. */
  tokens: number;
}

/**
 * Mean next-token loss over consecutive non-overlapping windows of
 * seqLen + 1 tokens from the start of `tokens`, batchSize windows at a time,
 * at most maxBatches batches (default: all full windows).
 */
export async function evaluate(
  model: TransformerLM,
  tokens: ArrayLike<number>,
  /** ctx: one context for every batch, or a function of the batch's ids [B, T] (called inside a tidy). */
  opts: { batchSize: number; maxBatches?: number; ctx?: ForwardContext | ((ids: tf.Tensor2D) => ForwardContext) },
): Promise<EvalResult> {
  const T = model.cfg.seqLen;
  const windows = Math.floor((tokens.length - 1) / T);
  const maxWindows = Math.min(windows, opts.batchSize * (opts.maxBatches ?? Infinity));
  if (maxWindows < 1) throw new RangeError(`evaluate needs at least seqLen + 1 = ${T + 1} tokens`);
  let sum = 0;
  let scored = 0;
  for (let w0 = 0; w0 < maxWindows; w0 += opts.batchSize) {
    const B = Math.min(opts.batchSize, maxWindows - w0);
    const x = new Int32Array(B * T);
    const y = new Int32Array(B * T);
    for (let b = 0; b < B; b++) {
      const s = (w0 + b) * T;
      for (let t = 0; t < T; t++) {
        x[b * T + t] = tokens[s + t];
        y[b * T + t] = tokens[s + t + 1];
      }
    }
    const ce = tf.tidy(() => {
      const ids = tf.tensor2d(x, [B, T], 'int32');
      const ctx = typeof opts.ctx === 'function' ? opts.ctx(ids) : opts.ctx;
      return model.loss(ids, tf.tensor2d(y, [B, T], 'int32'), ctx).ce;
    });
    const [v] = await ce.data();
    ce.dispose();
    sum += v * B * T;
    scored += B * T;
  }
  const loss = sum / scored;
  return { loss, bpc: loss / Math.LN2, tokens: scored };
}
