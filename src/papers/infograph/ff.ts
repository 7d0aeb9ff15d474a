/**
 * The discriminator's projection heads in InfoGraph's official code (`FF` in
 * `unsupervised/model.py`): a 3-layer ReLU MLP plus a linear shortcut,
 *   FF(x) = ReLU(W3 ReLU(W2 ReLU(W1 x))) + W_s x,
 * one for node (local) and one for graph (global) representations; the score
 * of a pair is T(h_u, H(G)) = FF_local(h_u) · FF_global(H(G)).
 */
import * as tf from '@tensorflow/tfjs-core';
import { Dense } from '../../core/graph/dense';
import type { Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';

export class FF {
  readonly block: Dense[];
  readonly shortcut: Dense;

  constructor(name: string, dim: number, rng: Rng) {
    this.block = [0, 1, 2].map((i) => new Dense(`${name}.block${i}`, dim, dim, rng));
    this.shortcut = new Dense(`${name}.shortcut`, dim, dim, rng);
  }

  get weights(): Weight[] {
    return [...this.block.flatMap((d) => d.weights), ...this.shortcut.weights];
  }

  /** x [..., D] -> [..., D] */
  apply<T extends tf.Tensor>(x: T): T {
    let h: tf.Tensor = x;
    for (const d of this.block) h = tf.relu(d.apply(h));
    return tf.add(h, this.shortcut.apply(x)) as T;
  }
}
