/**
 * What a recurrent cell looks like to the sequence model: the RIM cell and the
 * LSTM baseline share it. State is module-major, [K, B, H]; the LSTM is one
 * module (K = 1) that is always active.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { Weight } from '../../core/nn/weight';

export interface CellState {
  h: tf.Tensor3D; // [K, B, H]
  /** LSTM cell state; null for a GRU. */
  c: tf.Tensor3D | null; // [K, B, H]
}

export interface CellStep extends CellState {
  /** 1 where a module updated at this step. */
  active: tf.Tensor2D; // [K, B]
}

/** Dropout while training: a fresh tfjs seed per call. */
export interface DropoutCtx {
  rate: number;
  seed(): number;
}

export interface RecurrentCell {
  readonly weights: Weight[];
  readonly modules: number;
  readonly hiddenPerModule: number;
  initState(batch: number): CellState;
  /** x [B, In] */
  step(x: tf.Tensor2D, state: CellState, dropout: DropoutCtx | null): CellStep;
  dispose(): void;
}
