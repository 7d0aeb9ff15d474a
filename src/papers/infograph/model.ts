/**
 * The InfoGraph model (Sun et al. 2020, arXiv 1908.01000, Section 3.2,
 * Figure 1): a GIN encoder gives node representations h_u (all layers
 * concatenated) and a graph representation H(G) (per-layer sum pools
 * concatenated); FF heads project both, and the JSD estimator contrasts each
 * node with its own graph against every other graph of the batch:
 *   max Σ_G (1/|G|) Σ_u Î_JSD(h_u; H(G)).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BatchTensors } from '../../core/graph/batch';
import { GinEncoder, type GinEncoderConfig } from '../../core/graph/ginEncoder';
import { AdamW } from '../../core/nn/adamw';
import type { NamedWeights } from '../../core/weights/namedWeights';
import type { Weight } from '../../core/nn/weight';
import { gradientStep } from '../../core/train/gradientStep';
import type { Rng } from '../../core/rng';
import { FF } from './ff';
import { localGlobalJsd } from './jsd';
import { PriorDiscriminator } from './prior';

/** Adam as in PyTorch's defaults (no weight decay). */
export const ADAM = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0 };

/** pos [B·n, B]: row b·n + i is one-hot at b. */
export function graphOneHot(B: number, n: number): tf.Tensor2D {
  const v = new Float32Array(B * n * B);
  for (let b = 0; b < B; b++) for (let i = 0; i < n; i++) v[(b * n + i) * B + b] = 1;
  return tf.tensor2d(v, [B * n, B]);
}

export interface StepOut {
  loss: number;
  mi: number;
}

export class InfoGraphModel {
  readonly encoder: GinEncoder;
  readonly local: FF;
  readonly global: FF;
  readonly prior: PriorDiscriminator | null;
  private readonly opt: AdamW;

  constructor(config: GinEncoderConfig, rng: Rng, usePrior: boolean) {
    this.encoder = new GinEncoder(config, rng.fork('encoder'));
    const D = this.encoder.outDim;
    this.local = new FF('local_d', D, rng.fork('local'));
    this.global = new FF('global_d', D, rng.fork('global'));
    this.prior = usePrior ? new PriorDiscriminator(D, rng.fork('prior')) : null;
    this.opt = new AdamW(this.weights, ADAM);
  }

  get weights(): Weight[] {
    return [...this.encoder.weights, ...this.local.weights, ...this.global.weights, ...(this.prior?.weights ?? [])];
  }

  /** Loss and MI estimate of one batch; `training` uses batch statistics. */
  objective(batch: BatchTensors, training: boolean, gamma = 0, priorSeed = 0): { loss: tf.Scalar; mi: tf.Scalar } {
    const [B, n] = batch.x.shape;
    const { nodes, graphs } = this.encoder.apply(batch, training); // [B, n, D], [B, D]
    const D = this.encoder.outDim;
    const l = this.local.apply(tf.reshape(nodes, [B * n, D]) as tf.Tensor2D); // [B·n, D]
    const g = this.global.apply(graphs); // [B, D]
    const { loss, mi } = localGlobalJsd(l, g, graphOneHot(B, n), tf.reshape(batch.mask, [B * n, 1]));
    const total = this.prior && gamma > 0 ? tf.add(loss, this.prior.term(graphs, gamma, priorSeed)) as tf.Scalar : loss;
    return { loss: total, mi };
  }

  /** One Adam step on a batch (no clipping); returns the loss and the MI estimate, both before the update. */
  async trainStep(batch: BatchTensors, lr: number, gamma: number, priorSeed: number): Promise<StepOut> {
    const out = gradientStep(this.opt, this.weights.map((p) => p.variable), lr, () => {
      const o = this.objective(batch, true, gamma, priorSeed);
      return { loss: o.loss, report: tf.stack([o.loss, o.mi]) };
    });
    const [loss, mi] = await out.data();
    out.dispose();
    return { loss, mi };
  }

  /** The optimiser's moments and step count by name, for a checkpoint. */
  optimiserState(prefix: string): Promise<NamedWeights> {
    return this.opt.readState(prefix);
  }

  /** Takes the optimiser state a checkpoint holds (a resumed run). */
  loadOptimiserState(state: NamedWeights, prefix: string): void {
    this.opt.loadState(state, prefix);
  }

  /** Local-global scores T(h_u, H(G)) of every node with its own graph, eval mode: [B, n]. */
  nodeScores(batch: BatchTensors): tf.Tensor2D {
    return tf.tidy(() => {
      const { nodes, graphs } = this.encoder.apply(batch, false);
      const l = this.local.apply(nodes); // [B, n, D]
      const g = this.global.apply(graphs); // [B, D]
      return tf.mul(tf.sum(tf.mul(l, tf.expandDims(g, 1)), 2), tf.squeeze(batch.mask, [2])) as tf.Tensor2D; // [B, n]
    });
  }

  dispose(): void {
    this.encoder.dispose();
    for (const p of [...this.local.weights, ...this.global.weights, ...(this.prior?.weights ?? [])]) p.variable.dispose();
    this.opt.dispose();
  }
}
