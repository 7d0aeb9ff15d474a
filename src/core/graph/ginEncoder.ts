/**
 * A K-layer GIN encoder as in InfoGraph's official code (Sun et al. 2020,
 * arXiv 1908.01000, Section 3; fanyun-sun/InfoGraph `unsupervised/gin.py`):
 * each layer is GIN → ReLU → batch norm; node representations concatenate
 * all layers, h_u = [h_u^(1); …; h_u^(K)], and the graph representation
 * concatenates per-layer sum pools, H(G) = [Σ_u h_u^(1); …; Σ_u h_u^(K)].
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Weight } from '../nn/weight';
import type { Rng } from '../rng';
import type { BatchTensors } from './batch';
import { GinLayer } from './gin';
import { MaskedBatchNorm } from './maskedBatchNorm';
import { sumPool } from './pool';

export interface GinEncoderConfig {
  inDim: number;
  hidden: number;
  layers: number;
}

export interface Encoded {
  nodes: tf.Tensor3D; // [B, n, K·H]
  graphs: tf.Tensor2D; // [B, K·H]
}

export class GinEncoder {
  readonly gins: GinLayer[] = [];
  readonly norms: MaskedBatchNorm[] = [];

  constructor(readonly config: GinEncoderConfig, rng: Rng, name = 'enc') {
    for (let k = 0; k < config.layers; k++) {
      this.gins.push(new GinLayer(`${name}.gin${k}`, k === 0 ? config.inDim : config.hidden, config.hidden, rng));
      this.norms.push(new MaskedBatchNorm(`${name}.bn${k}`, config.hidden, rng));
    }
  }

  /** Width of node and graph representations, K·H. */
  get outDim(): number {
    return this.config.layers * this.config.hidden;
  }

  get weights(): Weight[] {
    return [...this.gins.flatMap((g) => g.weights), ...this.norms.flatMap((b) => b.weights)];
  }

  apply(batch: BatchTensors, training: boolean): Encoded {
    const perLayer: tf.Tensor3D[] = [];
    let h = batch.x; // [B, n, F]
    for (let k = 0; k < this.gins.length; k++) {
      h = tf.relu(this.gins[k].apply(h, batch.adj, batch.mask)); // [B, n, H]
      h = this.norms[k].apply(h, batch.mask, training); // [B, n, H]
      perLayer.push(h);
    }
    return {
      nodes: tf.concat(perLayer, 2), // [B, n, K·H]
      graphs: tf.concat(perLayer.map((x) => sumPool(x, batch.mask)), 1), // [B, K·H]
    };
  }

  /**
   * Precise BN: recomputes every layer's running statistics as the plain
   * average of batch statistics over `batches`, weights unchanged.
   */
  refreshStatistics(batches: readonly BatchTensors[]): void {
    const saved = this.norms.map((bn) => bn.momentum);
    for (const bn of this.norms) bn.resetRunning();
    batches.forEach((b, i) => {
      for (const bn of this.norms) bn.momentum = 1 / (i + 1);
      tf.tidy(() => {
        this.apply(b, true);
      });
    });
    this.norms.forEach((bn, k) => (bn.momentum = saved[k]));
  }

  dispose(): void {
    for (const p of this.weights) p.variable.dispose();
    for (const b of this.norms) b.dispose();
  }
}
