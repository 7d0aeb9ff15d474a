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
import type { NamedWeights } from '../weights/namedWeights';

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

  /**
   * The optimiser's state by name, backend-neutral: `<prefix>m.<weight>`,
   * `<prefix>v.<weight>` and the step count `<prefix>t`. A run's checkpoint
   * carries it, so a resumed run's updates are the ones it would have made.
   */
  async readState(prefix = 'adamw.'): Promise<NamedWeights> {
    const out: NamedWeights = { [`${prefix}t`]: { shape: [1], data: Float32Array.of(this.t) } };
    for (const { weight, moments } of this.slots) {
      const shape = [...weight.variable.shape];
      const [m, v] = moments.kind === 'split'
        ? await Promise.all([moments.m.data<'float32'>(), moments.v.data<'float32'>()])
        : await moments.mv.data<'float32'>().then((mv) => [mv.slice(0, weight.variable.size), mv.slice(weight.variable.size)]);
      out[`${prefix}m.${weight.name}`] = { shape, data: Float32Array.from(m) };
      out[`${prefix}v.${weight.name}`] = { shape, data: Float32Array.from(v) };
    }
    return out;
  }

  /** Takes the state `readState` gave (from a checkpoint). Throws, naming it, when a moment is missing or of another shape. */
  loadState(state: NamedWeights, prefix = 'adamw.'): void {
    const t = state[`${prefix}t`];
    if (!t || t.data.length !== 1 || !Number.isInteger(t.data[0]) || t.data[0] < 0) throw new Error(`The checkpoint has no optimiser step count ('${prefix}t').`);
    const moment = (kind: 'm' | 'v', w: Weight): Float32Array => {
      const x = state[`${prefix}${kind}.${w.name}`];
      if (!x || x.data.length !== w.variable.size) throw new Error(`The checkpoint's optimiser state lacks '${prefix}${kind}.${w.name}' of ${w.variable.size} values.`);
      return x.data;
    };
    tf.tidy(() => {
      for (const { weight, moments } of this.slots) {
        const shape = weight.variable.shape;
        const m = moment('m', weight), v = moment('v', weight);
        if (moments.kind === 'split') {
          moments.m.assign(tf.tensor(m, shape, 'float32'));
          moments.v.assign(tf.tensor(v, shape, 'float32'));
        } else {
          const mv = new Float32Array(2 * m.length);
          mv.set(m);
          mv.set(v, m.length);
          moments.mv.assign(tf.tensor(mv, [2, ...shape], 'float32'));
        }
      }
    });
    this.t = t.data[0];
  }

  dispose(): void {
    for (const s of this.slots) {
      if (s.moments.kind === 'split') tf.dispose([s.moments.m, s.moments.v]);
      else s.moments.mv.dispose();
    }
  }
}
