/**
 * The usual step of a TransformerLM for trainLoop: the next batch, then
 * forward, backward, clip and one update through core/lm's trainStep (and so
 * through the one gradient step, core/optim/gradientStep).
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { AdamW } from '../nn/adamw';
import type { ForwardContext } from '../lm/hooks';
import type { TransformerLM } from '../lm/model';
import { trainStep, type Batch } from '../lm/train';

export interface LMStepOptions<L> {
  /** The batch source, called once per step inside the timed span (batchSampler, a retrieval-aware sampler). */
  batch: () => Batch;
  /** Global-norm clip under the live values (a constant or a live field); 0 or absent: none. */
  clipNorm?: (live: L) => number;
  /** A forward context for the batch (retrieved neighbours, routing ids); absent: none. */
  ctx?: (batch: Batch) => ForwardContext;
}

export function lmStep<L>(model: TransformerLM, opt: AdamW, o: LMStepOptions<L>): (lr: number, live: L) => tf.Scalar {
  return (lr, live) => {
    const batch = o.batch();
    return trainStep(model, opt, batch, lr, { clipNorm: o.clipNorm?.(live), ctx: o.ctx?.(batch) });
  };
}
