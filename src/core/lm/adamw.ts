/**
 * AdamW (Loshchilov & Hutter 2019, Algorithm 2): Adam with bias correction
 * and weight decay decoupled from the gradient, applied only to parameters
 * marked `decay` (matrices; not biases, norm gains or position biases):
 *   m ← β1 m + (1-β1) g          v ← β2 v + (1-β2) g²
 *   m̂ = m / (1-β1^t)             v̂ = v / (1-β2^t)
 *   θ ← θ - lr (m̂ / (sqrt(v̂) + ε) + λ θ)
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Param } from './params';

export interface AdamWOptions {
  beta1: number;
  beta2: number;
  eps: number;
  /** λ, decoupled: the step shrinks θ by lr·λ·θ. */
  weightDecay: number;
  /**
   * Multiplier of the learning rate per parameter (default 1): lets a few
   * parameters that start from zero and must travel far, such as attention
   * logit biases, move faster than Adam's step of about lr per update allows.
   */
  lrScale?: (p: Param) => number;
}

export const DEFAULT_ADAMW: AdamWOptions = { beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1 };

interface Slot {
  param: Param;
  scale: number;
  m: tf.Variable;
  v: tf.Variable;
}

export class AdamW {
  readonly options: AdamWOptions;
  private readonly slots: Slot[];
  private t = 0;

  constructor(params: readonly Param[], options: Partial<AdamWOptions> = {}) {
    this.options = { ...DEFAULT_ADAMW, ...options };
    const zeros = (p: Param): tf.Variable => tf.tidy(() => tf.variable(tf.zerosLike(p.variable), false));
    this.slots = params.map((param) => ({ param, scale: this.options.lrScale?.(param) ?? 1, m: zeros(param), v: zeros(param) }));
  }

  /** Steps taken so far. */
  get step(): number {
    return this.t;
  }

  /**
   * One update. `grads` is keyed by variable name (as tf.variableGrads
   * returns it); parameters without a gradient are left alone.
   */
  apply(grads: tf.NamedTensorMap, lr: number): void {
    this.t++;
    const { beta1: b1, beta2: b2, eps, weightDecay: wd } = this.options;
    const bc1 = 1 - Math.pow(b1, this.t);
    const bc2 = 1 - Math.pow(b2, this.t);
    tf.tidy(() => {
      for (const { param, scale, m, v } of this.slots) {
        const g = grads[param.variable.name];
        if (!g) continue;
        const theta = param.variable;
        const m1 = tf.add(tf.mul(m, b1), tf.mul(g, 1 - b1));
        const v1 = tf.add(tf.mul(v, b2), tf.mul(tf.square(g), 1 - b2));
        const update = tf.div(tf.div(m1, bc1), tf.add(tf.sqrt(tf.div(v1, bc2)), eps));
        const decayed = param.decay && wd > 0 ? tf.add(update, tf.mul(theta, wd)) : update;
        m.assign(m1);
        v.assign(v1);
        theta.assign(tf.sub(theta, tf.mul(decayed, lr * scale)));
      }
    });
  }

  dispose(): void {
    for (const s of this.slots) {
      s.m.dispose();
      s.v.dispose();
    }
  }
}
