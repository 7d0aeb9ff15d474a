/**
 * AdamW (Loshchilov & Hutter 2019, Algorithm 2): Adam with bias correction
 * and weight decay decoupled from the gradient, applied only to parameters
 * marked `decay` (matrices; not biases, norm gains or position biases):
 *   m ← β1 m + (1-β1) g          v ← β2 v + (1-β2) g²
 *   m̂ = m / (1-β1^t)             v̂ = v / (1-β2^t)
 *   θ ← θ - lr (m̂ / (sqrt(v̂) + ε) + λ θ)
 */
import * as tf from '@tensorflow/tfjs-core';
import { adamwFused, adamwStep, sumSquares } from './adamwKernel';
import { clipByGlobalNorm } from './clip';
import type { Weight } from './weight';

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
  lrScale?: (p: Weight) => number;
}

export const DEFAULT_ADAMW: AdamWOptions = { beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1 };

/**
 * Adam's moments: separate m and v for the unfused ops, or packed as
 * mv = [m; v] ([2, ...θ]) for the fused kernel (core/nn/adamwKernel.ts) on
 * the backends that have it (WebGPU, WASM), chosen when the optimiser is made.
 */
type Moments = { kind: 'split'; m: tf.Variable; v: tf.Variable } | { kind: 'packed'; mv: tf.Variable };

interface Slot {
  weight: Weight;
  scale: number;
  moments: Moments;
}

export class AdamW {
  readonly options: AdamWOptions;
  private readonly slots: Slot[];
  private t = 0;

  constructor(weights: readonly Weight[], options: Partial<AdamWOptions> = {}) {
    this.options = { ...DEFAULT_ADAMW, ...options };
    const fused = adamwFused();
    const zeros = (s: number[]): tf.Variable => tf.tidy(() => tf.variable(tf.zeros(s), false));
    this.slots = weights.map((weight) => {
      const shape = weight.variable.shape;
      const moments: Moments = fused ? { kind: 'packed', mv: zeros([2, ...shape]) } : { kind: 'split', m: zeros(shape), v: zeros(shape) };
      return { weight, scale: this.options.lrScale?.(weight) ?? 1, moments };
    });
  }

  /**
   * New per-parameter learning-rate multipliers from the next update on (a
   * live change of a run's settings); the moments and the step count are kept.
   */
  setLrScale(lrScale: (p: Weight) => number): void {
    this.options.lrScale = lrScale;
    for (const slot of this.slots) slot.scale = lrScale(slot.weight);
  }

  /** Steps taken so far. */
  get step(): number {
    return this.t;
  }

  /**
   * One update. `grads` is keyed by variable name (as tf.variableGrads
   * returns it); parameters without a gradient are left alone. With
   * clipNorm > 0 the gradients are first scaled to a global L2 norm of at
   * most clipNorm (inside the fused update where the backend has it;
   * elsewhere with clipByGlobalNorm, as callers that clip themselves do).
   */
  apply(grads: tf.NamedTensorMap, lr: number, clipNorm = 0): void {
    this.t++;
    const { beta1: b1, beta2: b2, eps, weightDecay: wd } = this.options;
    const bc1 = 1 - Math.pow(b1, this.t);
    const bc2 = 1 - Math.pow(b2, this.t);
    const fused = this.slots.some((s) => s.moments.kind === 'packed');
    if (fused && !adamwFused()) throw new Error(`AdamW was made on a backend with the fused update; ${tf.getBackend()} has none`);
    tf.tidy(() => {
      const foldClip = fused && clipNorm > 0;
      if (clipNorm > 0 && !foldClip) grads = clipByGlobalNorm(grads, clipNorm);
      const gsq = foldClip ? sumSquares(this.slots.map((s) => grads[s.weight.variable.name]).filter((g) => g !== undefined)) : null;
      for (const slot of this.slots) {
        const { weight: weight, scale } = slot;
        const g = grads[weight.variable.name];
        if (!g) continue;
        const theta = weight.variable;
        const mom = slot.moments;
        if (mom.kind === 'packed') {
          const step = { beta1: b1, beta2: b2, eps, weightDecay: weight.decay ? wd : 0, bc1, bc2, lr: lr * scale, clipNorm };
          const [t1, mv1] = adamwStep(theta, g, mom.mv, step, gsq);
          mom.mv.assign(mv1);
          theta.assign(t1);
          continue;
        }
        const { m, v } = mom;
        const m1 = tf.add(tf.mul(m, b1), tf.mul(g, 1 - b1));
        const v1 = tf.add(tf.mul(v, b2), tf.mul(tf.square(g), 1 - b2));
        const update = tf.div(tf.div(m1, bc1), tf.add(tf.sqrt(tf.div(v1, bc2)), eps));
        const decayed = weight.decay && wd > 0 ? tf.add(update, tf.mul(theta, wd)) : update;
        m.assign(m1);
        v.assign(v1);
        theta.assign(tf.sub(theta, tf.mul(decayed, lr * scale)));
      }
    });
  }

  dispose(): void {
    for (const s of this.slots) {
      if (s.moments.kind === 'split') tf.dispose([s.moments.m, s.moments.v]);
      else s.moments.mv.dispose();
    }
  }
}
