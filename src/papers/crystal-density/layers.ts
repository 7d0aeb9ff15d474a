/**
 * 3-D building blocks on tfjs-core: a stride-1 'same' convolution with bias
 * (He-initialised from the seeded Rng), a dense layer, ×2 average-pool
 * downsampling and nearest-neighbour ×2 upsampling.
 *
 * Why custom gradients: on tfjs-backend-wasm 4.22 the kernels
 * Conv3DBackpropInputV2 (any stride), Conv3DBackpropFilterV2 (stride 2) and
 * ResizeNearestNeighborGrad give values that differ from the CPU backend
 * (and sometimes NaN), while Conv3D, stride-1 Conv3DBackpropFilterV2 and
 * plain reshapes and means agree. So the input gradient of a convolution is
 * written as the convolution of dy with the flipped, channel-transposed
 * filter, and upsampling's gradient as a 2x2x2 sum. conv3dTranspose has no
 * gradient in tfjs at all.
 */
import * as tf from '@tensorflow/tfjs-core';
import { createWeight, type Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';

/**
 * conv3d(x, w, stride 1, 'same') with its gradients built from forward
 * convolutions; with `inputGrad` false, x gets a zero gradient (a network's
 * input needs none, which saves one convolution per step).
 */
function conv3dSameOp(inputGrad: boolean): (x: tf.Tensor5D, w: tf.Tensor5D) => tf.Tensor5D {
  return tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x, w, save] = args as [tf.Tensor5D, tf.Tensor5D, tf.GradSaveFunc];
    save([x, w]);
    return {
      value: tf.conv3d(x, w, 1, 'same'), // [B, D, H, W, cout]
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xs, ws] = saved as [tf.Tensor5D, tf.Tensor5D];
        const g = dy as tf.Tensor5D;
        const attrs = { strides: [1, 1, 1], pad: 'same', filterShape: ws.shape };
        const dw = tf.engine().runKernel('Conv3DBackpropFilterV2', { x: xs, dy: g }, attrs as unknown as tf.NamedAttrMap) as tf.Tensor5D; // [k, k, k, cin, cout]
        if (!inputGrad) return [tf.zerosLike(xs), dw];
        // Flipping all three spatial axes reverses the flat spatial index; rank-3 ops only (WebGPU).
        const [k, , , cin, cout] = ws.shape;
        const flat = tf.transpose(tf.reverse(tf.reshape(ws, [k * k * k, cin, cout]), 0), [0, 2, 1]); // [k³, cout, cin]
        const flipped = tf.reshape(flat, [k, k, k, cout, cin]) as tf.Tensor5D;
        return [tf.conv3d(g, flipped, 1, 'same'), dw]; // dx [B, D, H, W, cin]
      },
    };
  }) as (x: tf.Tensor5D, w: tf.Tensor5D) => tf.Tensor5D;
}

export const conv3dSame = conv3dSameOp(true);
/** The same for a network's input: no gradient for x. */
export const conv3dSameInput = conv3dSameOp(false);

export class Conv3d {
  readonly w: Weight;
  readonly b: Weight;

  /** `input`: this layer reads the network's input, which needs no gradient. */
  constructor(name: string, readonly k: number, cin: number, cout: number, rng: Rng, private readonly input = false) {
    this.w = createWeight(`${name}.w`, [k, k, k, cin, cout], { kind: 'normal', std: Math.sqrt(2 / (k * k * k * cin)) }, rng, true);
    this.b = createWeight(`${name}.b`, [cout], { kind: 'zeros' }, rng, false);
  }

  get weights(): Weight[] {
    return [this.w, this.b];
  }

  apply(x: tf.Tensor5D): tf.Tensor5D {
    // The bias goes in as [1, 1, 1, 1, cout]: tfjs-backend-webgpu 4.22 compiles a rank-5 tensor plus a
    // 1-D tensor of 2..127 values to a shader that fails to build ("cannot index type 'vec5'"), which
    // leaves the sum unwritten (zeros or stale data). Equal-rank broadcasting works on every backend.
    const b = tf.reshape(this.b.variable, [1, 1, 1, 1, -1]); // [1, 1, 1, 1, cout]
    return tf.add((this.input ? conv3dSameInput : conv3dSame)(x, this.w.variable as tf.Tensor5D), b); // [B, D, H, W, cout]
  }
}

export class Dense {
  readonly w: Weight;
  readonly b: Weight;

  constructor(name: string, nin: number, nout: number, rng: Rng, gain = 2) {
    this.w = createWeight(`${name}.w`, [nin, nout], { kind: 'normal', std: Math.sqrt(gain / nin) }, rng, true);
    this.b = createWeight(`${name}.b`, [nout], { kind: 'zeros' }, rng, false);
  }

  get weights(): Weight[] {
    return [this.w, this.b];
  }

  apply(x: tf.Tensor2D): tf.Tensor2D {
    return tf.add(tf.matMul(x, this.w.variable as tf.Tensor2D), this.b.variable); // [B, nout]
  }
}

/** Leaky ReLU (slope 0.2) as relu(x) − 0.2·relu(−x): its gradient needs no `where`, which WebGPU lacks at rank 5. */
export const leaky = <T extends tf.Tensor>(x: T): T => tf.sub(tf.relu(x), tf.mul(0.2, tf.relu(tf.neg(x))));

/** Mean over 2x2x2 blocks, one axis at a time with rank-3 means. */
export function downsample2(x: tf.Tensor5D): tf.Tensor5D {
  const [b, d, h, w, c] = x.shape;
  const xd = tf.mean(tf.reshape(x, [(b * d) / 2, 2, h * w * c]), 1); // [B·D/2, H·W·C]
  const xh = tf.mean(tf.reshape(xd, [(b * d * h) / 4, 2, w * c]), 1); // [B·D/2·H/2, W·C]
  const xw = tf.mean(tf.reshape(xh, [(b * d * h * w) / 8, 2, c]), 1); // [B·D/2·H/2·W/2, C]
  return tf.reshape(xw, [b, d / 2, h / 2, w / 2, c]);
}

/** Nearest-neighbour ×2 along D, H and W; its gradient sums each 2x2x2 block. */
export const upsample2 = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x, save] = args as [tf.Tensor5D, tf.GradSaveFunc];
  save([]);
  const [b, d, h, w, c] = x.shape;
  const hw = tf.image.resizeNearestNeighbor(tf.reshape(x, [b * d, h, w, c]) as tf.Tensor4D, [2 * h, 2 * w]); // [B·D, 2H, 2W, C]
  const dd = tf.image.resizeNearestNeighbor(tf.reshape(hw, [b, d, 4 * h * w, c]) as tf.Tensor4D, [2 * d, 4 * h * w]); // [B, 2D, 4HW, C]
  return {
    value: tf.reshape(dd, [b, 2 * d, 2 * h, 2 * w, c]), // [B, 2D, 2H, 2W, C]
    gradFunc: (dy: tf.Tensor) => tf.mul(downsample2(dy as tf.Tensor5D), 8),
  };
}) as (x: tf.Tensor5D) => tf.Tensor5D;
