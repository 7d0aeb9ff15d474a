/**
 * A small multilayer perceptron with ELU hidden layers (acme's MPO networks
 * use ELU), parameters as named tf.Variables, and a pure-JS forward pass on a
 * weight snapshot so the actor can act without a tensor round trip per step.
 */
import * as tf from '@tensorflow/tfjs-core';
import { createWeight, disposeWeights, type Weight } from '../../../core/nn/weight';
import type { Rng } from '../../../core/rng';

export interface MlpLayer {
  w: Weight; // [In, Out]
  b: Weight; // [Out]
}

/** Weights read back to JS: per layer w [In*Out] row-major and b [Out]. */
export interface MlpSnapshot {
  sizes: number[];
  w: Float32Array[];
  b: Float32Array[];
}

export class Mlp {
  readonly layers: MlpLayer[];
  readonly sizes: number[];

  /** `sizes` = [in, hidden..., out]; weights ~ N(0, 1/in) (LeCun), the last layer scaled by `outScale`. */
  constructor(name: string, sizes: number[], rng: Rng, outScale = 1) {
    this.sizes = sizes;
    this.layers = [];
    for (let i = 0; i + 1 < sizes.length; i++) {
      const last = i + 2 === sizes.length;
      const std = (last ? outScale : 1) / Math.sqrt(sizes[i]);
      this.layers.push({
        w: createWeight(`${name}.${i}.w`, [sizes[i], sizes[i + 1]], { kind: 'normal', std }, rng, false),
        b: createWeight(`${name}.${i}.b`, [sizes[i + 1]], { kind: 'zeros' }, rng, false),
      });
    }
  }

  get weights(): Weight[] {
    return this.layers.flatMap((l) => [l.w, l.b]);
  }

  /** x [B, In] -> [B, Out]; ELU between layers, none after the last. */
  apply(x: tf.Tensor2D): tf.Tensor2D {
    let h = x;
    this.layers.forEach((l, i) => {
      h = tf.add(tf.matMul(h, l.w.variable as tf.Tensor2D), l.b.variable);
      if (i + 1 < this.layers.length) h = tf.elu(h);
    });
    return h;
  }

  /** Copies `from`'s values into this network (same sizes): target-network updates. */
  copyFrom(from: Mlp): void {
    for (const [i, l] of this.layers.entries()) {
      l.w.variable.assign(from.layers[i].w.variable);
      l.b.variable.assign(from.layers[i].b.variable);
    }
  }

  async snapshot(): Promise<MlpSnapshot> {
    const w: Float32Array[] = [];
    const b: Float32Array[] = [];
    for (const l of this.layers) {
      w.push((await l.w.variable.data()) as Float32Array);
      b.push((await l.b.variable.data()) as Float32Array);
    }
    return { sizes: [...this.sizes], w, b };
  }

  dispose(): void {
    disposeWeights(this.weights);
  }
}

/** The same forward pass in plain JS on a snapshot: x [In] -> [Out]. */
export function mlpForward(s: MlpSnapshot, x: ArrayLike<number>): Float32Array {
  let h = Float32Array.from(x);
  for (let l = 0; l < s.w.length; l++) {
    const nIn = s.sizes[l];
    const nOut = s.sizes[l + 1];
    const out = Float32Array.from(s.b[l]);
    const w = s.w[l];
    for (let i = 0; i < nIn; i++) {
      const hi = h[i];
      if (hi === 0) continue;
      const row = i * nOut;
      for (let j = 0; j < nOut; j++) out[j] += hi * w[row + j];
    }
    if (l + 1 < s.w.length) for (let j = 0; j < nOut; j++) out[j] = out[j] > 0 ? out[j] : Math.expm1(out[j]);
    h = out;
  }
  return h;
}
