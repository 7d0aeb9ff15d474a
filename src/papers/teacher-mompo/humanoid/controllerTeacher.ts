/**
 * A teacher built on a scripted controller: the Gaussian
 *   π_T(a|s) = N(a; μ_T(s), σ_T²),   μ_T = clip(controller(s), −1, 1),
 * over the actuators it speaks for (the others are left out of log π_T, so a
 * legs teacher and an arms teacher can act in parallel). The learner uses
 * Q_T(s, a) = log π_T(a|s) on its sampled actions (Mishra et al. 2023).
 */
import * as tf from '@tensorflow/tfjs-core';
import { logProbJs, logProbPerDim } from '../rl/diagGaussian';
import type { TeacherPolicy } from '../rl/objectives';
import { type Controller, columnIndex, controllerMeanJs } from './controllerJs';
import { type AffineForm, affineForm, controllerMeanTf } from './controllerOps';

export class ControllerTeacher implements TeacherPolicy {
  readonly std: Float32Array;
  /** 1 on the actuators the teacher speaks for. */
  readonly mask: Float32Array;
  /** The controller's exact affine form when it has one (then log π_T is one matMul per batch). */
  readonly affine: AffineForm | null;
  private readonly index: Map<string, number>;
  private readonly obsSize: number;

  constructor(
    readonly name: string,
    private readonly controller: Controller,
    obsNames: readonly string[],
    actionSize: number,
    std: number,
    dims: readonly number[] = Array.from({ length: actionSize }, (_, i) => i),
  ) {
    if (!(std > 0)) throw new RangeError(`teacher '${name}' needs a positive std, got ${std}`);
    this.index = columnIndex(obsNames);
    this.std = new Float32Array(actionSize).fill(std);
    this.mask = new Float32Array(actionSize);
    for (const d of dims) {
      if (!(d >= 0 && d < actionSize)) throw new RangeError(`teacher '${name}': action dimension ${d} is outside 0..${actionSize - 1}`);
      this.mask[d] = 1;
    }
    // Fail now, not inside a training step, if the observation lacks a column the controller reads.
    controllerMeanJs(controller, this.index, new Float32Array(obsNames.length));
    this.obsSize = obsNames.length;
    this.affine = affineForm(controller, obsNames);
  }

  /** The controller's action (all actuators; the mask only limits log π_T). */
  meanJs(obs: ArrayLike<number>): Float32Array {
    return controllerMeanJs(this.controller, this.index, obs);
  }

  act(obs: Float32Array): { mean: Float32Array; std: Float32Array } {
    return { mean: this.meanJs(obs), std: this.std };
  }

  setStd(std: number): void {
    if (!(std > 0)) throw new RangeError(`teacher '${this.name}' needs a positive std, got ${std}`);
    this.std.fill(std);
  }

  /** log π_T(a|s) over the teacher's actuators for one state. */
  logProbJs(obs: ArrayLike<number>, action: ArrayLike<number>): number {
    const mean = this.meanJs(obs);
    const a: number[] = [];
    const m: number[] = [];
    const s: number[] = [];
    for (let i = 0; i < this.mask.length; i++) {
      if (!this.mask[i]) continue;
      a.push(action[i]);
      m.push(mean[i]);
      s.push(this.std[i]);
    }
    return logProbJs(a, m, s);
  }

  /** obs [B, O], actions [N, B, A] → [N, B]. */
  logProb(obs: tf.Tensor2D, actions: tf.Tensor3D): tf.Tensor2D {
    return tf.tidy(() => {
      const A = this.mask.length;
      const mean = this.affine
        ? (tf.clipByValue(tf.add(tf.matMul(obs, tf.tensor2d(this.affine.w, [this.obsSize, A])), tf.tensor1d(this.affine.b)), -1, 1) as tf.Tensor2D) // [B, A]
        : controllerMeanTf(this.controller, this.index, obs); // [B, A]
      const std = tf.broadcastTo(tf.tensor1d(this.std), mean.shape) as tf.Tensor2D; // [B, A]
      const lp = logProbPerDim(actions, mean, std); // [N, B, A]
      return tf.sum(tf.mul(lp, tf.tensor1d(this.mask)), -1) as tf.Tensor2D; // [N, B]
    });
  }
}
