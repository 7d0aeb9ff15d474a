/**
 * The supervised baseline: the same GIN encoder with a classifier on H(G)
 * (Linear → ReLU → Linear, softmax cross-entropy), trained on the labels of
 * the training folds and scored on the held-out fold. The paper compares
 * InfoGraph with supervised GIN and other kernels in Table 2.
 */
import * as tf from '@tensorflow/tfjs-core';
import { batchTensors, disposeBatch, padBatch, type BatchTensors } from '../../core/graph/batch';
import { Dense } from '../../core/graph/dense';
import type { NodeFeatures } from '../../core/graph/features';
import { GinEncoder, type GinEncoderConfig } from '../../core/graph/ginEncoder';
import type { Graph } from '../../core/graph/graph';
import { AdamW } from '../../core/nn/adamw';
import type { Weight } from '../../core/nn/weight';
import { gradientStep } from '../../core/train/gradientStep';
import type { Rng } from '../../core/rng';
import { refreshBatchNorm } from './embed';
import { ADAM } from './model';

export class SupervisedGin {
  readonly encoder: GinEncoder;
  readonly head: [Dense, Dense];
  private readonly opt: AdamW;

  constructor(config: GinEncoderConfig, readonly classes: number, rng: Rng) {
    this.encoder = new GinEncoder(config, rng.fork('encoder'), 'sup');
    this.head = [new Dense('sup.fc1', this.encoder.outDim, config.hidden, rng), new Dense('sup.fc2', config.hidden, classes, rng)];
    this.opt = new AdamW(this.weights, ADAM);
  }

  get weights(): Weight[] {
    return [...this.encoder.weights, ...this.head.flatMap((d) => d.weights)];
  }

  /** [B, C] class logits of a padded batch. */
  logits(t: BatchTensors, training: boolean): tf.Tensor2D {
    const y = this.encoder.apply(t, training).graphs; // [B, K·H]
    return this.head[1].apply(tf.relu(this.head[0].apply(y))); // [B, C]
  }

  /** One Adam step on a batch of labelled graphs (no clipping); returns the cross-entropy before the update. */
  async trainStep(graphs: readonly Graph[], features: NodeFeatures, F: number, lr: number): Promise<number> {
    const t = batchTensors(tf, padBatch(graphs, features, F));
    const labels = tf.tidy(() => tf.oneHot(tf.tensor1d(graphs.map((g) => g.label ?? 0), 'int32'), this.classes)); // [B, C]
    const out = gradientStep(this.opt, this.weights.map((p) => p.variable), lr, () => {
      const loss = tf.losses.softmaxCrossEntropy(labels, this.logits(t, true)) as tf.Scalar;
      return { loss, report: loss };
    });
    labels.dispose();
    disposeBatch(t);
    const loss = (await out.data())[0];
    out.dispose();
    return loss;
  }

  /** Accuracy in eval mode, after recomputing batch-norm statistics on the training graphs. */
  async accuracy(graphs: readonly Graph[], features: NodeFeatures, F: number, trainGraphs: readonly Graph[], batchSize = 128): Promise<number> {
    refreshBatchNorm(this.encoder, trainGraphs, features, F, batchSize);
    let ok = 0;
    for (let i = 0; i < graphs.length; i += batchSize) {
      const part = graphs.slice(i, i + batchSize);
      const t = batchTensors(tf, padBatch(part, features, F));
      const pred = tf.tidy(() => tf.argMax(this.logits(t, false), 1));
      disposeBatch(t);
      const p = await pred.data();
      pred.dispose();
      part.forEach((g, j) => (ok += p[j] === (g.label ?? 0) ? 1 : 0));
    }
    return graphs.length ? ok / graphs.length : 0;
  }

  dispose(): void {
    this.encoder.dispose();
    for (const d of this.head) for (const p of d.weights) p.variable.dispose();
    this.opt.dispose();
  }
}
