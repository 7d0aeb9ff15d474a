/**
 * The default position-wise FFN (Vaswani et al. 2017, Eq. 2, with GELU as in
 * GPT-2): FFN(x) = GELU(x W1 + b1) W2 + b2, hidden width F = ffnRatio * E.
 * GELU uses the tanh approximation (Hendrycks & Gimpel 2016).
 */
import * as tf from '@tensorflow/tfjs-core';
import { biasGelu, gelu } from '../nn/biasGelu';
import { linear } from '../nn/linear';
import type { Rng } from '../rng';
import { ffnHidden, type LMConfig } from './config';
import type { FeedForward, FeedForwardFactory } from './hooks';
import { Linear } from './linear';
import { GPT2_STD, residualStd, type Weight } from '../nn/weight';

export { gelu };

export class DenseFeedForward implements FeedForward {
  readonly fc: Linear; // E -> F
  readonly out: Linear; // F -> E
  readonly flopsPerToken: number;

  constructor(name: string, cfg: LMConfig, rng: Rng) {
    const F = ffnHidden(cfg);
    this.fc = new Linear(`${name}.fc`, cfg.dModel, F, GPT2_STD, rng.fork(`${name}.fc`));
    this.out = new Linear(`${name}.out`, F, cfg.dModel, residualStd(cfg.nLayers), rng.fork(`${name}.out`));
    this.flopsPerToken = 2 * (cfg.dModel * F + F * cfg.dModel);
  }

  get weights(): Weight[] {
    return [...this.fc.weights, ...this.out.weights];
  }

  /** x [B, T, E] -> [B, T, E] */
  apply(x: tf.Tensor3D): tf.Tensor3D {
    const [B, T, E] = x.shape;
    return tf.reshape(this.rows(tf.reshape(x, [B * T, E])), [B, T, E]);
  }

  /** x [R, E] -> [R, E]: a bias-free matmul, fused bias + GELU, then the output projection. */
  rows(x: tf.Tensor2D): tf.Tensor2D {
    const fcB = this.fc.b!.variable as tf.Tensor1D;
    const h = biasGelu(linear(x, this.fc.w.variable as tf.Tensor2D, null), fcB); // [R, F]
    return this.out.rows(h); // [R, E]
  }
}

export const denseFeedForward: FeedForwardFactory = (layer, cfg, rng) => new DenseFeedForward(`h.${layer}.ffn`, cfg, rng);
