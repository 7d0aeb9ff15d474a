/**
 * One training step of a SeqModel: backprop through time over the whole
 * unrolled sequence, global-norm gradient clipping, and an Adam update
 * (AdamW with no weight decay, as the RIMs code uses Adam).
 */
import * as tf from '@tensorflow/tfjs-core';
import { clipByGlobalNorm, type AdamW } from '../../core/lm';
import type { DropoutCtx } from './cell';
import type { SeqBatch } from './seqBatch';
import type { SeqModel } from './seqModel';

/** Returns the batch loss before the update; the caller reads and disposes it. */
export function trainSeqStep(model: SeqModel, opt: AdamW, batch: SeqBatch, lr: number, clipNorm: number, dropout: DropoutCtx | null): tf.Scalar {
  const vars = model.params.map((p) => p.variable);
  let loss: tf.Scalar | null = null;
  tf.tidy(() => {
    const { grads } = tf.variableGrads(() => {
      const l = model.loss(batch, dropout);
      loss = tf.keep(tf.clone(l));
      return l;
    }, vars);
    opt.apply(clipNorm > 0 ? clipByGlobalNorm(grads, clipNorm) : grads, lr);
  });
  if (!loss) throw new Error('trainSeqStep: loss was not computed');
  return loss;
}
