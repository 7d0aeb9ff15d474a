/**
 * The default position-wise FFN (Vaswani et al. 2017, Eq. 2, with GELU as in
 * GPT-2): FFN(x) = GELU(x W1 + b1) W2 + b2, hidden width F = ffnRatio * E.
 * GELU uses the tanh approximation (Hendrycks & Gimpel 2016).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../rng';
import { ffnHidden, type LMConfig } from './config';
import type { FeedForward, FeedForwardFactory } from './hooks';
import { Linear } from './linear';
import { GPT2_STD, residualStd, type Param } from './params';

const GELU_C = Math.sqrt(2 / Math.PI);

/** 0.5 x (1 + tanh(sqrt(2/π) (x + 0.044715 x³))) */
export function gelu<T extends tf.Tensor>(x: T): T {
  const x3 = tf.mul(tf.mul(x, x), x); // x³ by multiplication: Pow is slow on WASM
  const inner = tf.mul(tf.add(x, tf.mul(x3, 0.044715)), GELU_C);
  return tf.mul(tf.mul(x, 0.5), tf.add(tf.tanh(inner), 1));
}

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

  get params(): Param[] {
    return [...this.fc.params, ...this.out.params];
  }

  /** x [B, T, E] -> [B, T, E] */
  apply(x: tf.Tensor3D): tf.Tensor3D {
    return this.out.apply(gelu(this.fc.apply(x))); // [B, T, F] -> [B, T, E]
  }
}

export const denseFeedForward: FeedForwardFactory = (layer, cfg, rng) => new DenseFeedForward(`h.${layer}.ffn`, cfg, rng);
