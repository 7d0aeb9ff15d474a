/**
 * An algebra-valued dense layer (AlgebraNets, Section 3): y_o = Σ_i W_oi ⊗ x_i + b_o,
 * with weights W [O, I] and activations in one algebra (algebras.ts).
 *
 * It runs as one real matmul on the structured real representation, never
 * tfjs complex64: the weights become the real [I·p, O·p] matrix of p×p blocks
 * B(W_oi) (one small matmul with the structure constants), and each example's
 * r activation columns become r rows (the reshape identity of Appendix E:
 * for Mₙ(ℝ), inputs (N, C, n, n) → (N·n, C·n)). Only matmul, reshape and
 * transpose are differentiated, so it trains on every backend.
 *
 * Initialisation: every real output is a sum of I·p products of one weight
 * component and one activation component, so weights ~ N(0, gain² / (I·p))
 * keep the activation variance (gain √2 before a ReLU).
 */
import * as tf from '@tensorflow/tfjs-core';
import { createWeight, type Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import type { Algebra } from './algebras';

export interface AlgebraDenseOptions {
  gain?: number;
  bias?: boolean;
}

export class AlgebraDense {
  readonly alg: Algebra;
  readonly nIn: number;
  readonly nOut: number;
  readonly weight: Weight; // [O, I, d]
  readonly bias: Weight | null; // [O·d]
  /** Element mask for pruning, 1 = kept. */
  readonly mask: tf.Variable; // [O, I, 1]
  private readonly structure: tf.Tensor2D; // [d, p·p]

  constructor(name: string, alg: Algebra, nIn: number, nOut: number, rng: Rng, opts: AlgebraDenseOptions = {}) {
    if (!(nIn >= 1 && nOut >= 1)) throw new RangeError(`${name}: needs at least one input and one output element`);
    this.alg = alg;
    this.nIn = nIn;
    this.nOut = nOut;
    const std = (opts.gain ?? Math.SQRT2) / Math.sqrt(nIn * alg.p);
    this.weight = createWeight(`${name}.w`, [nOut, nIn, alg.d], { kind: 'normal', std }, rng, true);
    this.bias = opts.bias === false ? null : createWeight(`${name}.b`, [nOut * alg.d], { kind: 'zeros' }, rng, false);
    this.mask = tf.tidy(() => tf.variable(tf.ones([nOut, nIn, 1]), false));
    this.structure = tf.tensor2d(alg.structure, [alg.d, alg.p * alg.p]);
  }

  get weights(): Weight[] {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }

  /** Real parameters, counted from the variables. */
  paramCount(): number {
    return this.weights.reduce((n, p) => n + p.variable.size, 0);
  }

  /** Real multiplies per input row, from the shapes of the matmul that apply() runs: r rows of [I·p] × [I·p, O·p]. */
  multipliesPerRow(): number {
    const [inner, outer] = this.realMatrixShape();
    return this.alg.r * inner * outer;
  }

  realMatrixShape(): [number, number] {
    return [this.nIn * this.alg.p, this.nOut * this.alg.p];
  }

  /** The real matrix of blocks: M[(i, col), (o, row)] = B(W_oi)[row][col]. [I·p, O·p] */
  realMatrix(): tf.Tensor2D {
    const { d, p } = this.alg;
    return tf.tidy(() => {
      const w = tf.reshape(this.weight.variable, [this.nOut * this.nIn, d]); // [O·I, d]
      const blocks = tf.reshape(tf.matMul(w, this.structure), [this.nOut, this.nIn, p, p]); // [O, I, row, col]
      return tf.reshape(tf.transpose(blocks, [1, 3, 0, 2]), this.realMatrixShape()) as tf.Tensor2D; // [I·p, O·p]
    });
  }

  /**
   * Column layout, the core op: each example's r activation columns are r rows
   * (Appendix E moves them into the batch), rows ordered (example, column,
   * g) with g < group (the pixels of a conv). x [N·r·group, I·p] → [N·r·group, O·p]
   */
  applyColumns(x: tf.Tensor2D, group = 1): tf.Tensor2D {
    const { p, r } = this.alg;
    const y: tf.Tensor2D = tf.matMul(x, this.realMatrix()); // [N·r, O·p]
    if (!this.bias) return y;
    if (r === 1) return tf.add(y, this.bias.variable as tf.Tensor1D) as tf.Tensor2D;
    const perColumn = tf.reshape(y, [x.shape[0] / (r * group), r, group, this.nOut * p]); // [N, r, group, O·p]
    return tf.reshape(tf.add(perColumn, this.biasColumns()), [x.shape[0], this.nOut * p]) as tf.Tensor2D;
  }

  /** Element layout. x [N, I·d] → y [N, O·d] */
  apply(x: tf.Tensor2D): tf.Tensor2D {
    const { d, p, r } = this.alg;
    if (r === 1) return this.applyColumns(x);
    const N = x.shape[0];
    const cols = tf.reshape(tf.transpose(tf.reshape(x, [N, this.nIn, p, r]), [0, 3, 1, 2]), [N * r, this.nIn * p]) as tf.Tensor2D; // [N·r, I·p]
    const out = tf.reshape(this.applyColumns(cols), [N, r, this.nOut, p]); // [N, r, O, p]
    return tf.reshape(tf.transpose(out, [0, 2, 3, 1]), [N, this.nOut * d]); // [N, O·d]
  }

  /** The bias elements b_o (p × r matrices) as r column rows. [r, 1, O·p] */
  private biasColumns(): tf.Tensor3D {
    const { p, r } = this.alg;
    return tf.reshape(tf.transpose(tf.reshape(this.bias!.variable, [this.nOut, p, r]), [2, 0, 1]), [r, 1, this.nOut * p]) as tf.Tensor3D;
  }

  /** Per-element L2 norms of the weights. [O, I] */
  elementNorms(): tf.Tensor2D {
    return tf.tidy(() => tf.sqrt(tf.sum(tf.square(this.weight.variable), 2)) as tf.Tensor2D);
  }

  /** Zeroes the masked elements (after each update, so pruned elements stay pruned). */
  applyMask(): void {
    tf.tidy(() => this.weight.variable.assign(tf.mul(this.weight.variable, this.mask)));
  }

  dispose(): void {
    for (const p of this.weights) p.variable.dispose();
    this.mask.dispose();
    this.structure.dispose();
  }
}
