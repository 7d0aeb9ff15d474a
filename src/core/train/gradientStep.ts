/**
 * One optimisation step, written once for every model in the notebook:
 * gradients of the objective's loss with respect to `vars`, clipped to a
 * global L2 norm of at most `clipNorm` when it is > 0, applied by `opt` at
 * learning rate `lr`.
 *
 * The objective returns the scalar to differentiate and a `report`: the
 * tensor the caller reads after the step (the loss itself, the cross-entropy
 * beside an auxiliary loss, a stack of loss parts). The report comes back kept,
 * valued before the update, for the caller to read (`await report.data()`) and
 * dispose; everything else the step made is freed.
 */
import * as tf from '@tensorflow/tfjs-core';
import { clipByGlobalNorm } from '../nn/clip';

/** An optimiser: AdamW (core/lm/adamw.ts) or anything with the same update call. */
export interface Optimizer {
  /** One update from gradients keyed by variable name; clipNorm > 0 clips them by their global norm first. */
  apply(grads: tf.NamedTensorMap, lr: number, clipNorm?: number): void;
}

export interface Objective<T extends tf.Tensor> {
  loss: tf.Scalar;
  report: T;
}

export interface StepOptions {
  /** Scale the gradients to a global L2 norm of at most this; 0 or absent: no clipping. */
  clipNorm?: number;
  /**
   * Clip with clipByGlobalNorm before the update instead of handing clipNorm to
   * the optimiser. The same arithmetic, rounded differently where AdamW's fused
   * kernel (WASM, WebGPU) folds the clip into its single pass. The crystal,
   * routed-scaling and RIMs trainers clip this way, and their claims and
   * recorded runs were measured so.
   */
  clipBeforeUpdate?: boolean;
}

export function gradientStep<T extends tf.Tensor>(
  opt: Optimizer,
  vars: readonly tf.Variable[],
  lr: number,
  objective: () => Objective<T>,
  o: StepOptions = {},
): T {
  const clipNorm = o.clipNorm ?? 0;
  let report: T | null = null;
  tf.tidy(() => {
    const { grads } = tf.variableGrads(() => {
      const o = objective();
      // The loss is returned to variableGrads as well; keep a copy of it, not the tensor tfjs frees.
      report = tf.keep(o.report === o.loss ? tf.clone(o.report) : o.report);
      return o.loss;
    }, [...vars]);
    if (o.clipBeforeUpdate && clipNorm > 0) opt.apply(clipByGlobalNorm(grads, clipNorm), lr);
    else opt.apply(grads, lr, clipNorm);
  });
  if (!report) throw new Error('gradientStep: the objective returned no loss');
  return report;
}
