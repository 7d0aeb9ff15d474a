/**
 * Scripted teachers (our controllers): each is a Gaussian around a clipped
 * PD-style controller that is affine in the observation,
 *   μ_T(s) = clip(s W + b, −1, 1),   π_T(a|s) = N(a; μ_T(s), σ_T²)
 * over its own action dimensions. The same W and b give the JS action (to act,
 * draw arrows, roll the teacher out) and log π_T(a|s) in tfjs (the teacher's
 * Q-values, Q_T = log π_T, Mishra et al. 2023). A gate on the `visited` flag
 * switches a teacher on in one phase of the sequence task only.
 */
import * as tf from '@tensorflow/tfjs-core';
import { logProbPerDim } from './rl/diagGaussian';
import type { TeacherPolicy } from './rl/objectives';
import type { ArenaLayout } from './arena';
import { OBS, OBS_NAMES } from './pointMassEnv';

export type TeacherName = 'waypoint' | 'goal' | 'hold' | 'x' | 'y';

/** Proportional gain (force per metre) and velocity damping (force per m/s) of the controllers. */
export const GAINS = { kp: 3, kd: 0.3, holdKd: 2 };

const O = OBS_NAMES.length;
const A = 2;

export interface AffineTeacherSpec {
  name: TeacherName;
  /** [O][A]: μ = clip(s W + b). */
  w: number[][];
  b: number[];
  std: number;
  /** Action dimensions the teacher speaks for; the others are left out of log π_T. */
  dims: number[];
  /** Active only where obs[index] equals `value` (0 or 1); null = always. */
  gate: { index: number; value: 0 | 1 } | null;
}

export class ScriptedTeacher implements TeacherPolicy {
  readonly name: TeacherName;
  readonly spec: AffineTeacherSpec;
  private readonly mask: Float32Array;

  constructor(spec: AffineTeacherSpec) {
    this.name = spec.name;
    this.spec = spec;
    this.mask = new Float32Array(A);
    for (const d of spec.dims) this.mask[d] = 1;
  }

  /** The controller's action, 0 on dims the teacher does not drive. */
  meanJs(obs: ArrayLike<number>): Float32Array {
    const { w, b } = this.spec;
    const out = new Float32Array(A);
    for (let j = 0; j < A; j++) {
      if (!this.mask[j]) continue;
      let s = b[j];
      for (let i = 0; i < O; i++) s += obs[i] * w[i][j];
      out[j] = Math.max(-1, Math.min(1, s));
    }
    return out;
  }

  /** Whether the teacher is active in this state (its gate). */
  activeJs(obs: ArrayLike<number>): boolean {
    const g = this.spec.gate;
    return !g || obs[g.index] === g.value;
  }

  active(obs: Float32Array): boolean {
    return this.activeJs(obs);
  }

  get dims(): readonly number[] {
    return this.spec.dims;
  }

  act(obs: Float32Array): { mean: Float32Array; std: Float32Array } {
    return { mean: this.meanJs(obs), std: new Float32Array(A).fill(this.spec.std) };
  }

  setStd(std: number): void {
    this.spec.std = std;
  }

  /** log π_T(a|s) over the teacher's dims, times its gate: obs [B, O], actions [N, B, A] -> [N, B]. */
  logProb(obs: tf.Tensor2D, actions: tf.Tensor3D): tf.Tensor2D {
    const { w, b, std, gate } = this.spec;
    const mean = tf.clipByValue(tf.add(tf.matMul(obs, tf.tensor2d(w, [O, A])), tf.tensor1d(b)), -1, 1) as tf.Tensor2D; // [B, A]
    const lp = logProbPerDim(actions, mean, tf.fill(mean.shape, std) as tf.Tensor2D); // [N, B, A]
    const summed = tf.sum(tf.mul(lp, tf.tensor1d(this.mask)), -1) as tf.Tensor2D; // [N, B]
    if (!gate) return summed;
    const [B] = obs.shape;
    const flag = tf.reshape(tf.slice(obs, [0, gate.index], [B, 1]), [B]); // [B]
    const on = gate.value === 1 ? flag : tf.sub(1, flag);
    return tf.mul(summed, on) as tf.Tensor2D; // [N, B]
  }
}

const zeros = (): number[][] => Array.from({ length: O }, () => [0, 0]);

/** A PD controller to target + `offset`, the target's relative position being obs[dx], obs[dy]. */
function toward(name: TeacherName, dx: number, dy: number, std: number, dims: number[], gate: AffineTeacherSpec['gate'], offset: [number, number] = [0, 0]): ScriptedTeacher {
  const w = zeros();
  w[dx][0] = GAINS.kp;
  w[dy][1] = GAINS.kp;
  w[OBS.vx][0] = -GAINS.kd;
  w[OBS.vy][1] = -GAINS.kd;
  return new ScriptedTeacher({ name, w, b: [GAINS.kp * offset[0], GAINS.kp * offset[1]], std, dims, gate });
}

export interface TeacherOptions {
  std: number;
  /** The goal teacher aims this far short of the goal along the start-to-goal line, metres (0 = at the goal). */
  shortfall: number;
  /** Gate waypoint/goal teachers on the phase (sequence composition). */
  phased: boolean;
}

/** A scripted teacher for a layout. */
export function makeTeacher(name: TeacherName, layout: ArenaLayout, o: TeacherOptions): ScriptedTeacher {
  switch (name) {
    case 'waypoint':
      return toward('waypoint', OBS.wp_dx, OBS.wp_dy, o.std, [0, 1], o.phased ? { index: OBS.visited, value: 0 } : null);
    case 'goal': {
      const ax = layout.goal[0] - layout.start[0];
      const ay = layout.goal[1] - layout.start[1];
      const n = Math.hypot(ax, ay) || 1;
      const offset: [number, number] = [(-o.shortfall * ax) / n, (-o.shortfall * ay) / n];
      return toward('goal', OBS.goal_dx, OBS.goal_dy, o.std, [0, 1], o.phased ? { index: OBS.visited, value: 1 } : null, offset);
    }
    case 'x':
      return toward('x', OBS.goal_dx, OBS.goal_dy, o.std, [0], null);
    case 'y':
      return toward('y', OBS.goal_dx, OBS.goal_dy, o.std, [1], null);
    case 'hold': {
      const w = zeros();
      w[OBS.vx][0] = -GAINS.holdKd;
      w[OBS.vy][1] = -GAINS.holdKd;
      return new ScriptedTeacher({ name: 'hold', w, b: [0, 0], std: o.std, dims: [0, 1], gate: null });
    }
  }
}
