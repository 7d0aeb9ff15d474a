/**
 * The baseline: one LSTM (or GRU) with a single state of n units, as the
 * paper's LSTM rows of Table 1. It is a GroupRnn with one group that is
 * always active, so it shares the RIM cell's code path for the recurrence.
 */
import * as tf from '@tensorflow/tfjs-core';
import { disposeWeights, type Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import type { CellState, CellStep, RecurrentCell } from './cell';
import { GroupRnn, type RnnKind } from './groupRnn';

export class LstmCell implements RecurrentCell {
  readonly rnn: GroupRnn;
  readonly modules = 1;

  constructor(readonly inputSize: number, readonly hiddenPerModule: number, readonly kind: RnnKind, rng: Rng) {
    this.rnn = new GroupRnn('lstm', kind, 1, inputSize, hiddenPerModule, rng);
  }

  get weights(): Weight[] {
    return this.rnn.weights;
  }

  initState(batch: number): CellState {
    const z = () => tf.zeros([1, batch, this.hiddenPerModule]) as tf.Tensor3D;
    return { h: z(), c: this.kind === 'lstm' ? z() : null };
  }

  /** x [B, In]; the baseline uses no dropout. */
  step(x: tf.Tensor2D, s: CellState): CellStep {
    const [B, nIn] = x.shape;
    const upd = this.rnn.step(tf.reshape(x, [1, B, nIn]) as tf.Tensor3D, s.h, s.c);
    return { h: upd.h, c: upd.c, active: tf.ones([1, B]) as tf.Tensor2D };
  }

  dispose(): void {
    disposeWeights(this.weights);
  }
}
