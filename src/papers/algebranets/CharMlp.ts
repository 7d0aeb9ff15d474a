/**
 * Task B model: a character-level MLP language model over an algebra
 * (AlgebraNets, Section 4.2, where Transformer-XL on enwik8 plays this part).
 * The previous `context` characters are embedded as e algebra elements each
 * (a one-hot matmul, since WASM cannot differentiate tf.gather), then
 *
 *   [context·e elements] → dense → ReLU → dense (h → h) → ReLU → real head (h·d → V)
 *
 * The hidden layers run in column layout (AlgebraDense.applyColumns).
 */
import * as tf from '@tensorflow/tfjs-core';
import { createWeight, type Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import { algebra, type Algebra } from './algebras';
import { AlgebraDense } from './AlgebraDense';
import type { AlgebraModel } from './AlgebraModel';

export class CharMlp implements AlgebraModel {
  readonly alg: Algebra;
  readonly widths: readonly number[];
  readonly vocab: number;
  readonly context: number;
  private readonly embed: Weight; // [V, e·d]
  private readonly dense1: AlgebraDense;
  private readonly dense2: AlgebraDense;
  private readonly head: AlgebraDense;

  constructor(alg: Algebra, widths: readonly number[], rng: Rng, vocab: number, context: number) {
    const [e, h] = widths;
    if (!(e >= 1 && h >= 1)) throw new RangeError(`CharMlp needs two positive widths, got ${widths.join(', ')}`);
    this.alg = alg;
    this.widths = [e, h];
    this.vocab = vocab;
    this.context = context;
    this.embed = createWeight('embed', [vocab, e * alg.d], { kind: 'normal', std: 1 }, rng, false);
    this.dense1 = new AlgebraDense('dense1', alg, context * e, h, rng);
    this.dense2 = new AlgebraDense('dense2', alg, h, h, rng);
    this.head = new AlgebraDense('head', algebra('R'), h * alg.d, vocab, rng, { gain: 1 });
  }

  get weights(): Weight[] {
    return [this.embed, ...this.dense1.weights, ...this.dense2.weights, ...this.head.weights];
  }

  get prunable(): AlgebraDense[] {
    return [this.dense1, this.dense2];
  }

  paramCount(): number {
    return this.embed.variable.size + this.dense1.paramCount() + this.dense2.paramCount() + this.head.paramCount();
  }

  /** The embedding is a lookup, not a multiply. */
  multipliesPerExample(): number {
    return this.dense1.multipliesPerRow() + this.dense2.multipliesPerRow() + this.head.multipliesPerRow();
  }

  /** x [N, context] token ids (int32) → [N, V] */
  logits(x: tf.Tensor): tf.Tensor2D {
    const N = x.shape[0];
    const { p, r } = this.alg;
    const I = this.context * this.widths[0], h = this.widths[1];
    const oneHot = tf.oneHot(tf.reshape(x, [N * this.context]) as tf.Tensor1D, this.vocab); // [N·k, V]
    const emb = tf.matMul(tf.cast(oneHot, 'float32'), this.embed.variable as tf.Tensor2D); // [N·k, e·d]
    const elems = tf.reshape(emb, [N, I, p, r]); // [N, k·e, p, r]
    const cols = tf.reshape(r === 1 ? elems : tf.transpose(elems, [0, 3, 1, 2]), [N * r, I * p]) as tf.Tensor2D; // [N·r, k·e·p]
    const h1 = tf.relu(this.dense1.applyColumns(cols)); // [N·r, h·p]
    const h2 = tf.relu(this.dense2.applyColumns(h1)); // [N·r, h·p]
    return this.head.apply(tf.reshape(h2, [N, r * h * p])); // [N, V]
  }

  dispose(): void {
    this.embed.variable.dispose();
    for (const l of [this.dense1, this.dense2, this.head]) l.dispose();
  }
}
