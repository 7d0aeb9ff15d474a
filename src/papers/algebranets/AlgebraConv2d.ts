/**
 * An algebra-valued 2-D convolution (AlgebraNets, Section 3 and Appendix E),
 * stride 1, 'same' padding, odd kernel k:
 *   y[h, w, o] = Σ_{dy, dx, c} W[o, (dy, dx, c)] ⊗ x[h + dy, w + dx, c] + b_o.
 *
 * im2col from slices of the padded input and one concat, then the algebra
 * dense layer over the k·k·C input elements. Its gradient needs only
 * slice/pad/concat/matmul, so it trains on WASM, which lacks
 * Conv2DBackpropFilter. Activations are in column layout (Appendix E: input
 * (N, C, H, W, c, b) → (N·b, C·c, H, W)): an element's r columns ride in the
 * batch axis and the last axis is [C, p], so ReLU and pooling act on it as on
 * any real tensor.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import type { Algebra } from './algebras';
import { AlgebraDense, type AlgebraDenseOptions } from './AlgebraDense';

export class AlgebraConv2d {
  readonly dense: AlgebraDense;
  readonly kernel: number;
  readonly nIn: number;
  readonly nOut: number;

  constructor(name: string, alg: Algebra, nIn: number, nOut: number, kernel: number, rng: Rng, opts: AlgebraDenseOptions = {}) {
    if (kernel % 2 !== 1) throw new RangeError(`${name}: kernel size must be odd, got ${kernel}`);
    this.kernel = kernel;
    this.nIn = nIn;
    this.nOut = nOut;
    this.dense = new AlgebraDense(name, alg, kernel * kernel * nIn, nOut, rng, opts);
  }

  get weights(): Weight[] {
    return this.dense.weights;
  }

  paramCount(): number {
    return this.dense.paramCount();
  }

  /** Real multiplies per output pixel. */
  multipliesPerPixel(): number {
    return this.dense.multipliesPerRow();
  }

  /** Column layout. x [N·r, H, W, C·p] → [N·r, H, W, O·p] */
  apply(x: tf.Tensor4D): tf.Tensor4D {
    const [N, H, W, Cp] = x.shape;
    const k = this.kernel, h = (k - 1) / 2;
    const padded = h > 0 ? tf.pad(x, [[0, 0], [h, h], [h, h], [0, 0]]) : x; // [N, H+k-1, W+k-1, C·d]
    const patches: tf.Tensor4D[] = [];
    for (let dy = 0; dy < k; dy++) for (let dx = 0; dx < k; dx++) patches.push(tf.slice(padded, [0, dy, dx, 0], [N, H, W, Cp]));
    const cols = tf.reshape(patches.length === 1 ? patches[0] : tf.concat(patches, 3), [N * H * W, k * k * Cp]) as tf.Tensor2D; // [N·r·H·W, k·k·C·p]
    const y = this.dense.applyColumns(cols, H * W); // [N·r·H·W, O·p]
    return tf.reshape(y, [N, H, W, this.nOut * this.dense.alg.p]);
  }

  dispose(): void {
    this.dense.dispose();
  }
}
