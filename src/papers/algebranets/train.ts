/**
 * One training step and the held-out evaluation of an algebra model:
 * softmax cross-entropy on its logits, Adam (no clipping), and the pruning
 * masks re-applied after each update so pruned elements stay zero.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AdamW } from '../../core/nn/adamw';
import { gradientStep } from '../../core/train/gradientStep';
import type { AlgebraModel } from './AlgebraModel';
import { sliceBatch, toTensors, type HostBatch } from './tasks';

export const EVAL_BATCH = 250;

/** Mean cross-entropy in nats. logits [N, K], y [N] */
export function crossEntropy(logits: tf.Tensor2D, y: tf.Tensor1D): tf.Scalar {
  const oneHot = tf.oneHot(y, logits.shape[1]); // [N, K]
  return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.logSoftmax(logits)), 1))) as tf.Scalar;
}

/** Forward, backward, one update; returns the batch loss before it (caller reads and disposes). */
export function trainStep(model: AlgebraModel, opt: AdamW, x: tf.Tensor, y: tf.Tensor1D, lr: number, masked: boolean): tf.Scalar {
  const loss = gradientStep(opt, model.weights.map((p) => p.variable), lr, () => {
    const l = crossEntropy(model.logits(x), y);
    return { loss: l, report: l };
  });
  if (masked) for (const l of model.prunable) l.applyMask();
  return loss;
}

export interface Evaluation {
  accuracy: number;
  /** Mean cross-entropy, nats. */
  loss: number;
}

export async function evaluateModel(model: AlgebraModel, test: HostBatch): Promise<Evaluation> {
  const N = test.y.length;
  let correct = 0, lossSum = 0;
  for (let from = 0; from < N; from += EVAL_BATCH) {
    const to = Math.min(N, from + EVAL_BATCH);
    const out = tf.tidy(() => {
      const { x, y } = toTensors(sliceBatch(test, from, to));
      const logits = model.logits(x);
      const hits = tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), y), 'float32'));
      return tf.stack([hits, tf.mul(crossEntropy(logits, y), to - from)]);
    });
    const [hits, loss] = await out.data();
    out.dispose();
    correct += hits;
    lossSum += loss;
  }
  return { accuracy: correct / N, loss: lossSum / N };
}
