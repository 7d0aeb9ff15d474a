/**
 * Task A model: a small algebra conv net for 28×28 digits (AlgebraNets,
 * Section 4.1, where ResNet-50 and MobileNet play this part).
 *
 *   28×28 → pool 2 → pixel x as x·1 (the algebra's unit) → conv3×3 (1 → c1)
 *         → ReLU → pool 2 → conv3×3 (c1 → c2) → ReLU → dense (49·c2 → h)
 *         → ReLU → real linear head (h·d → 10)
 *
 * Widths c1, c2, h count algebra elements; ReLU acts on each real component.
 * Activations stay in column layout (AlgebraConv2d) until the head, which
 * reads all d components of the h elements as real features.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import { algebra, type Algebra } from './algebras';
import { AlgebraConv2d } from './AlgebraConv2d';
import { AlgebraDense } from './AlgebraDense';
import type { AlgebraModel } from './AlgebraModel';
import { CLASSES, IMAGE_SIZE } from '../../core/data/digits';

/** Mean over 2×2 windows: [N, H, W, C] → [N, H/2, W/2, C] (H, W even). */
export function pool2(x: tf.Tensor4D): tf.Tensor4D {
  const [N, H, W, C] = x.shape;
  return tf.mean(tf.reshape(x, [N, H / 2, 2, W / 2, 2, C]), [2, 4]) as tf.Tensor4D;
}

export class ConvNet implements AlgebraModel {
  readonly alg: Algebra;
  readonly widths: readonly number[];
  private readonly conv1: AlgebraConv2d;
  private readonly conv2: AlgebraConv2d;
  private readonly dense: AlgebraDense;
  private readonly head: AlgebraDense;
  private readonly unitColumns: tf.Tensor; // [1, r, 1, 1, p]

  constructor(alg: Algebra, widths: readonly number[], rng: Rng) {
    const [c1, c2, h] = widths;
    if (!(c1 >= 1 && c2 >= 1 && h >= 1)) throw new RangeError(`ConvNet needs three positive widths, got ${widths.join(', ')}`);
    this.alg = alg;
    this.widths = [c1, c2, h];
    this.conv1 = new AlgebraConv2d('conv1', alg, 1, c1, 3, rng);
    this.conv2 = new AlgebraConv2d('conv2', alg, c1, c2, 3, rng);
    this.dense = new AlgebraDense('dense', alg, 49 * c2, h, rng);
    this.head = new AlgebraDense('head', algebra('R'), h * alg.d, CLASSES, rng, { gain: 1 });
    this.unitColumns = tf.tidy(() => tf.reshape(tf.transpose(tf.tensor2d(alg.unit, [alg.p, alg.r])), [1, alg.r, 1, 1, alg.p])); // [p, r] → [1, r, 1, 1, p]
  }

  get weights(): Weight[] {
    return [this.conv1, this.conv2, this.dense, this.head].flatMap((l) => l.weights);
  }

  get prunable(): AlgebraDense[] {
    return [this.conv2.dense, this.dense];
  }

  paramCount(): number {
    return this.conv1.paramCount() + this.conv2.paramCount() + this.dense.paramCount() + this.head.paramCount();
  }

  multipliesPerExample(): number {
    const px = (IMAGE_SIZE / 2) ** 2;
    return px * this.conv1.multipliesPerPixel() + (px / 4) * this.conv2.multipliesPerPixel() + this.dense.multipliesPerRow() + this.head.multipliesPerRow();
  }

  /** x [N, 784] → [N, 10] */
  logits(x: tf.Tensor): tf.Tensor2D {
    const N = x.shape[0];
    const { p, r } = this.alg;
    const S = IMAGE_SIZE / 2;
    const small = tf.reshape(pool2(tf.reshape(x, [N, IMAGE_SIZE, IMAGE_SIZE, 1])), [N, 1, S, S, 1]); // [N, 1, 14, 14, 1]
    const img = tf.reshape(tf.mul(small, this.unitColumns), [N * r, S, S, p]) as tf.Tensor4D; // [N·r, 14, 14, p]
    const h1 = pool2(tf.relu(this.conv1.apply(img))); // [N·r, 7, 7, c1·p]
    const h2 = tf.relu(this.conv2.apply(h1)); // [N·r, 7, 7, c2·p]
    const flat = tf.reshape(h2, [N * r, 49 * this.widths[1] * p]) as tf.Tensor2D; // [N·r, 49·c2·p]
    const h3 = tf.relu(this.dense.applyColumns(flat)); // [N·r, h·p]
    return this.head.apply(tf.reshape(h3, [N, r * this.widths[2] * p])); // [N, 10]
  }

  dispose(): void {
    for (const l of [this.conv1, this.conv2, this.dense, this.head]) l.dispose();
    this.unitColumns.dispose();
  }
}
