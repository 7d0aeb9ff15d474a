/**
 * A recurrent cell unrolled over a sequence, with a linear read-out of all
 * modules' states: logits per scored step (copying, digits) or one number
 * (adding). Training unrolls the whole sequence for backprop through time;
 * evaluation steps in tidy blocks so long test sequences keep one state alive.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Linear } from '../../core/lm';
import { countWeights, disposeWeights, type Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import type { CellState, DropoutCtx, RecurrentCell } from './cell';
import { inputsAt, type SeqBatch } from './seqBatch';
import { tidyFields } from './tidyFields';

export class SeqModel {
  readonly head: Linear;

  constructor(readonly cell: RecurrentCell, readonly outputs: number, rng: Rng) {
    const width = cell.modules * cell.hiddenPerModule;
    this.head = new Linear('head', width, outputs, 1 / Math.sqrt(width), rng.fork('head'));
  }

  get weights(): Weight[] {
    return [...this.cell.weights, ...this.head.weights];
  }

  get paramCount(): number {
    return countWeights(this.weights);
  }

  /** h [K, B, H] -> [B, out] */
  readout(h: tf.Tensor3D): tf.Tensor2D {
    const [K, B, H] = h.shape;
    const flat = tf.reshape(tf.transpose(h, [1, 0, 2]), [B, 1, K * H]) as tf.Tensor3D; // [B, 1, K*H]
    return tf.reshape(this.head.apply(flat), [B, this.outputs]) as tf.Tensor2D;
  }

  /** Unrolled forward for training: outputs at batch.readAt, stacked [R, B, out]. */
  forward(batch: SeqBatch, dropout: DropoutCtx | null): tf.Tensor3D {
    let s: CellState = this.cell.initState(batch.B);
    const outs: tf.Tensor2D[] = [];
    let r = 0;
    for (let t = 0; t < batch.T; t++) {
      const x = tf.tensor2d(inputsAt(batch, t), [batch.B, batch.inputSize]);
      s = this.cell.step(x, s, dropout);
      if (batch.readAt[r] === t) {
        outs.push(this.readout(s.h));
        r++;
      }
    }
    return tf.stack(outs) as tf.Tensor3D; // [R, B, out]
  }

  /** Mean training loss: cross-entropy over classes, or squared error. */
  loss(batch: SeqBatch, dropout: DropoutCtx | null): tf.Scalar {
    return tf.tidy(() => targetLoss(this.forward(batch, dropout), batch, 0));
  }

  /**
   * Forward without gradients, one tidy block per step. Returns the scored
   * outputs (readAt[scoreFrom..]) and, when asked, which modules were active
   * at each step: for sequence 0, and the share of sequences, both [T][K].
   */
  async run(batch: SeqBatch, withActivity = false): Promise<{ scored: tf.Tensor3D; activity: number[][]; activityShare: number[][] }> {
    let s = this.cell.initState(batch.B);
    const outs: tf.Tensor2D[] = [];
    const masks: tf.Tensor2D[] = [];
    const from = batch.readAt.slice(batch.scoreFrom);
    let r = 0;
    try {
      for (let t = 0; t < batch.T; t++) {
        const prev = s;
        const next = tidyFields(() => {
          const st = this.cell.step(tf.tensor2d(inputsAt(batch, t), [batch.B, batch.inputSize]), prev, null);
          const out = from[r] === t ? this.readout(st.h) : null;
          const mask = withActivity ? (tf.concat([tf.slice(st.active, [0, 0], [-1, 1]), tf.mean(st.active, 1, true)], 1) as tf.Tensor2D) : null; // [K, 2]
          return { h: st.h, c: st.c, out, mask };
        });
        tf.dispose([prev.h, prev.c ?? []]);
        s = { h: next.h, c: next.c };
        if (next.out) {
          outs.push(next.out);
          r++;
        }
        if (next.mask) masks.push(next.mask);
      }
      const stacked = withActivity ? tf.stack(masks) : null; // [T, K, 2]
      const both = stacked ? ((await stacked.array()) as number[][][]) : [];
      stacked?.dispose();
      return {
        scored: tf.stack(outs) as tf.Tensor3D,
        activity: both.map((row) => row.map((m) => m[0])),
        activityShare: both.map((row) => row.map((m) => m[1])),
      };
    } finally {
      tf.dispose([s.h, s.c ?? [], ...outs, ...masks]);
    }
  }

  dispose(): void {
    disposeWeights(this.head.weights);
    this.cell.dispose();
  }
}

/** Loss of outputs [R, B, out] against batch targets from readAt index `from`. */
export function targetLoss(out: tf.Tensor3D, batch: SeqBatch, from: number): tf.Scalar {
  return tf.tidy(() => {
    const [R, B, C] = out.shape;
    if (batch.labels) {
      const labels = tf.tensor1d(batch.labels.subarray(from * B, (from + R) * B), 'int32');
      const logp = tf.logSoftmax(tf.reshape(out, [R * B, C])); // [R*B, C]
      return tf.neg(tf.mean(tf.sum(tf.mul(logp, tf.oneHot(labels, C)), 1))) as tf.Scalar;
    }
    const values = tf.tensor2d(batch.values!.subarray(from * B, (from + R) * B), [R, B]);
    return tf.mean(tf.square(tf.sub(tf.reshape(out, [R, B]), values))) as tf.Scalar;
  });
}
