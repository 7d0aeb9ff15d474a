/**
 * One training step of a SeqModel: backprop through time over the whole
 * unrolled sequence, global-norm gradient clipping, and an Adam update
 * (AdamW with no weight decay, as the RIMs code uses Adam). The gradients are
 * clipped before the update, not inside AdamW's fused kernel: the claims and
 * recorded runs were measured so, and the two round differently.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { AdamW } from '../../core/nn/adamw';
import { gradientStep } from '../../core/train/gradientStep';
import type { DropoutCtx } from './cell';
import type { SeqBatch } from './seqBatch';
import type { SeqModel } from './seqModel';

/** Returns the batch loss before the update; the caller reads and disposes it. */
export function trainSeqStep(model: SeqModel, opt: AdamW, batch: SeqBatch, lr: number, clipNorm: number, dropout: DropoutCtx | null): tf.Scalar {
  return gradientStep(opt, model.weights.map((p) => p.variable), lr, () => {
    const loss = model.loss(batch, dropout);
    return { loss, report: loss };
  }, { clipNorm, clipBeforeUpdate: true });
}
