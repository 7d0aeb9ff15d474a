/**
 * A Graph Isomorphism Network layer (Xu et al. 2019, arXiv 1810.00826, Eq. 4.1)
 * with sum aggregation over a dense padded batch:
 *   h_v' = MLP((1 + ε) h_v + Σ_{u ∈ N(v)} h_u),   MLP = Linear → ReLU → Linear,
 * with ε fixed at 0 as in PyTorch Geometric's GINConv default. The neighbour sum
 * is one batched matmul A H, so a message only travels along an edge of the
 * same graph; padded rows are zeroed by the mask.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Weight } from '../nn/weight';
import type { Rng } from '../rng';
import { Dense } from './dense';

export class GinLayer {
  readonly lin1: Dense;
  readonly lin2: Dense;

  constructor(name: string, nIn: number, nOut: number, rng: Rng, readonly eps = 0) {
    this.lin1 = new Dense(`${name}.lin1`, nIn, nOut, rng);
    this.lin2 = new Dense(`${name}.lin2`, nOut, nOut, rng);
  }

  get weights(): Weight[] {
    return [...this.lin1.weights, ...this.lin2.weights];
  }

  /** h [B, n, In], adj [B, n, n], mask [B, n, 1] -> [B, n, Out] */
  apply(h: tf.Tensor3D, adj: tf.Tensor3D, mask: tf.Tensor3D): tf.Tensor3D {
    const agg = tf.add(tf.mul(h, 1 + this.eps), tf.matMul(adj, h)); // [B, n, In]
    const z = this.lin2.apply(tf.relu(this.lin1.apply(agg))); // [B, n, Out]
    return tf.mul(z, mask);
  }
}
