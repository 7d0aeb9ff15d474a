/**
 * The segmentation network: a one-level 3-D U-Net (after the official
 * Segmentation.py, far smaller and without attention gates). The input has
 * two channels, the density ρ and a scaled log ρ: a Gaussian is a parabola in
 * log ρ, so its height and width (which tell the elements apart) are nearly
 * linear features there. A 3³ conv at full resolution (the skip), ×2 average
 * pooling and two 3³ convs at half resolution, ×2 upsampling, the skip joined
 * back, and two 1³ convs (a per-voxel MLP, 4× wider) to per-voxel class logits
 * (background or element). Trained by class-weighted cross-entropy: atom
 * voxels count `fgWeight` times a background voxel.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import { Conv3d, Dense, downsample2, leaky, upsample2 } from './layers';

/** log(ρ + LOG_FLOOR) is shifted and scaled by LOG_SHIFT to lie roughly in [−1, 1]. */
const LOG_FLOOR = 1e-3;
const LOG_SHIFT = 3.5;
/** The per-voxel head has HEAD × width hidden units: it tells ~20 elements apart from a few features. */
const HEAD = 4;

export interface UNetConfig {
  width: number;
  classes: number;
}

export class SegUNet {
  private readonly e1: Conv3d;
  private readonly down: Conv3d;
  private readonly mid: Conv3d;
  private readonly o1Up: Dense;
  private readonly o1Skip: Dense;
  private readonly o2: Dense;

  constructor(readonly config: UNetConfig, rng: Rng) {
    const c = config.width;
    this.e1 = new Conv3d('seg.e1', 3, 2, c, rng, true);
    this.down = new Conv3d('seg.down', 3, c, 2 * c, rng);
    this.mid = new Conv3d('seg.mid', 3, 2 * c, 2 * c, rng);
    this.o1Up = new Dense('seg.o1up', 2 * c, HEAD * c, rng);
    this.o1Skip = new Dense('seg.o1skip', c, HEAD * c, rng);
    this.o2 = new Dense('seg.o2', HEAD * c, config.classes, rng, 1);
  }

  get weights(): Weight[] {
    return [this.e1, this.down, this.mid, this.o1Up, this.o1Skip, this.o2].flatMap((l) => l.weights);
  }

  logits(x: tf.Tensor5D): tf.Tensor5D {
    const [B, n] = x.shape;
    const input = tf.concat([x, tf.div(tf.add(tf.log(tf.add(x, LOG_FLOOR)), LOG_SHIFT), LOG_SHIFT)], 4) as tf.Tensor5D; // [B, n, n, n, 2]
    const skip = leaky(this.e1.apply(input)); // [B, n, n, n, c]
    const h = leaky(this.mid.apply(leaky(this.down.apply(downsample2(skip))))); // [B, n/2, n/2, n/2, 2c]
    // The 1³ convolutions as matrix products over voxels (faster than conv3d on WASM). The first
    // acts on [upsampled h, skip] as two products summed (a concatenation's gradient, a split
    // along the channel axis, is very slow on WASM), and the product with h is taken before
    // upsampling, which it commutes with: eight times fewer voxels.
    const m = n / 2;
    const up = tf.reshape(this.o1Up.apply(tf.reshape(h, [B * m * m * m, -1]) as tf.Tensor2D), [B, m, m, m, -1]) as tf.Tensor5D; // [B, n/2, n/2, n/2, 4c]
    const flat = (t: tf.Tensor5D) => tf.reshape(t, [B * n * n * n, -1]) as tf.Tensor2D; // [B·n³, C]
    const o1 = tf.add(flat(upsample2(up)), this.o1Skip.apply(flat(skip))) as tf.Tensor2D; // [B·n³, 4c]
    const out = this.o2.apply(leaky(o1)); // [B·n³, K]
    return tf.reshape(out, [B, n, n, n, this.config.classes]); // [B, n, n, n, K]
  }

  /** Weighted cross-entropy; `onehot` [B, n, n, n, K], `weight` [B, n, n, n, 1]. */
  loss(x: tf.Tensor5D, onehot: tf.Tensor5D, weight: tf.Tensor5D): { loss: tf.Scalar; acc: tf.Scalar } {
    const logits = this.logits(x);
    const logp = tf.logSoftmax(logits); // [B, n, n, n, K]
    const nll = tf.neg(tf.sum(tf.mul(onehot, logp), 4, true)); // [B, n, n, n, 1]
    const loss = tf.div(tf.sum(tf.mul(nll, weight)), tf.sum(weight)) as tf.Scalar;
    // Accuracy on atom voxels, with float ops only (no boolean tensors on WebGPU).
    // 1 − the background column, as a product with a basis vector: slicing the last axis of a rank-5
    // tensor took 40% of a training step on WASM.
    const K = this.config.classes;
    const background = tf.matMul(tf.reshape(onehot, [-1, K]) as tf.Tensor2D, tf.tensor2d(Float32Array.from({ length: K }, (_, i) => (i === 0 ? 1 : 0)), [K, 1])); // [B·n³, 1]
    const fg = tf.reshape(tf.sub(1, background), weight.shape); // [B, n, n, n, 1]
    const pTrue = tf.sum(tf.mul(onehot, tf.exp(logp)), 4, true);
    const pMax = tf.max(tf.exp(logp), 4, true);
    const hit = tf.relu(tf.sign(tf.sub(pTrue, tf.mul(pMax, 0.999999)))); // 1 where the true class is the argmax
    const acc = tf.div(tf.sum(tf.mul(hit, fg)), tf.maximum(tf.sum(fg), 1)) as tf.Scalar;
    return { loss, acc };
  }

  /** Argmax class per voxel, [B·n³], read back asynchronously. */
  async segment(x: tf.Tensor5D): Promise<Int32Array> {
    const t = tf.tidy(() => tf.argMax(this.logits(x), 4));
    const data = (await t.data()) as Int32Array;
    t.dispose();
    return data;
  }

  dispose(): void {
    for (const p of this.weights) p.variable.dispose();
  }
}
