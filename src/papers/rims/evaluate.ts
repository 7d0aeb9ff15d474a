/**
 * Test scores of a SeqModel on one batch: the loss on the scored steps
 * (recall-phase cross-entropy for copying, last-step cross-entropy for
 * digits, squared error for adding) and the accuracy (symbols recalled,
 * digits classified, sums within ADD_TOLERANCE).
 */
import * as tf from '@tensorflow/tfjs-core';
import { ADD_TOLERANCE } from './addingTask';
import type { SeqBatch } from './seqBatch';
import { targetLoss, type SeqModel } from './seqModel';

export interface EvalScore {
  loss: number;
  accuracy: number;
  /** Active modules of sequence 0 per step, [T][K] (empty unless asked). */
  activity: number[][];
  /** Share of sequences in which each module was active, [T][K]. */
  activityShare: number[][];
}

export async function evaluate(model: SeqModel, batch: SeqBatch, withActivity = false): Promise<EvalScore> {
  const { scored, activity, activityShare } = await model.run(batch, withActivity);
  try {
    const [lossT, accT] = tf.tidy(() => {
      const [R, B] = scored.shape;
      const loss = targetLoss(scored, batch, batch.scoreFrom);
      if (batch.labels) {
        const labels = tf.tensor1d(batch.labels.subarray(batch.scoreFrom * B, (batch.scoreFrom + R) * B), 'int32');
        const right = tf.equal(tf.argMax(tf.reshape(scored, [R * B, -1]), 1), labels);
        return [loss, tf.mean(tf.cast(right, 'float32'))];
      }
      const values = tf.tensor2d(batch.values!.subarray(batch.scoreFrom * B, (batch.scoreFrom + R) * B), [R, B]);
      const close = tf.lessEqual(tf.abs(tf.sub(tf.reshape(scored, [R, B]), values)), ADD_TOLERANCE);
      return [loss, tf.mean(tf.cast(close, 'float32'))];
    });
    const [loss, accuracy] = [(await lossT.data())[0], (await accT.data())[0]];
    tf.dispose([lossT, accT]);
    return { loss, accuracy, activity, activityShare };
  } finally {
    scored.dispose();
  }
}
