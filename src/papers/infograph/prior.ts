/**
 * The optional DIM prior-matching term (Hjelm et al. 2019, Section 3.3;
 * InfoGraph's `PriorDiscriminator`, γ = 0.1, off by default): a small MLP
 * D(·) ∈ (0, 1) and
 *   PRIOR = −γ (mean log D(z) + mean log(1 − D(H(G)))),  z ~ U[0, 1)^D,
 * added to the loss as the official code does.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Dense } from '../../core/graph/dense';
import type { Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';

const EPS = 1e-6;

export class PriorDiscriminator {
  readonly layers: Dense[];

  constructor(dim: number, rng: Rng) {
    this.layers = [new Dense('prior.l0', dim, dim, rng), new Dense('prior.l1', dim, dim, rng), new Dense('prior.l2', dim, 1, rng)];
  }

  get weights(): Weight[] {
    return this.layers.flatMap((d) => d.weights);
  }

  /** x [B, D] -> [B, 1] in (0, 1) */
  apply(x: tf.Tensor2D): tf.Tensor2D {
    const h = tf.relu(this.layers[1].apply(tf.relu(this.layers[0].apply(x))));
    return tf.sigmoid(this.layers[2].apply(h));
  }

  /** The prior term for graph embeddings y [B, D]; `seed` draws z. */
  term(y: tf.Tensor2D, gamma: number, seed: number): tf.Scalar {
    const z = tf.randomUniform(y.shape, 0, 1, 'float32', seed) as tf.Tensor2D;
    const a = tf.mean(tf.log(tf.add(this.apply(z), EPS)));
    const b = tf.mean(tf.log(tf.add(tf.sub(1, this.apply(y)), EPS)));
    return tf.mul(tf.add(a, b), -gamma) as tf.Scalar;
  }
}
