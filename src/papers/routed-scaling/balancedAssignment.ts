/**
 * An exactly balanced top-1 assignment for S-BASE training (Clark et al.
 * 2022, arXiv 2202.01169, Sec. 2.2: S-BASE replaces BASE layers' linear
 * assignment, Lewis et al. 2021, Sec. 2.2, with Sinkhorn; BASE gives every
 * expert the same number of tokens). Sinkhorn's scaled scores P are only
 * approximately balanced, and their row argmax less so; this turns them into
 * an assignment in which, in every capacity group of n tokens, each expert
 * takes at most k = ceil(n / E) tokens (exactly n / E when E divides n):
 *
 *   repeat E times: every token not yet placed proposes to its best expert
 *   (highest P) that still has room; each expert keeps its best proposers
 *   (highest P; ties in tf.topk's order, the earlier token first) up to its room.
 *
 * A round that leaves a token unplaced fills at least one expert (it turned
 * that token away), and E experts hold E·k ≥ n tokens, so E rounds place
 * every token. A greedy approximation of the linear assignment that stays in
 * tensor ops (no read-back to the host): each expert's order of the tokens is
 * sorted once, and a round counts the proposers ahead of each token in it by
 * sorting the proposals into that order (a gather), an exclusive cumulative
 * sum, and a gather back.
 */
import * as tf from '@tensorflow/tfjs-core';
import { oneHot } from './oneHot';

/** Added to a score to mark "no room": below any P in [0, 1]. */
const NONE = -2;

/** p [G, n, E] with entries in [0, 1] -> one-hot [G, n, E], at most ceil(n / E) tokens per expert per group. */
export function balancedAssignment(p: tf.Tensor3D): tf.Tensor3D {
  return tf.tidy(() => {
    const [G, n, E] = p.shape;
    const k = Math.ceil(n / E);
    const order: tf.Tensor2D = tf.reshape(tf.topk(tf.transpose(p, [0, 2, 1]), n).indices, [G * E, n]); // [G*E, n]: each expert's r-th choice
    const place: tf.Tensor2D = tf.topk(tf.neg(tf.cast(order, 'float32')), n).indices; // [G*E, n]: each token's place in that order (the inverse permutation)
    // Row-wise gathers as one flat gather (tf.gather's batchDims gives wrong rows on WASM, tfjs 4.22).
    const base = tf.reshape(tf.range(0, G * E * n, n, 'int32'), [G * E, 1]); // [G*E, 1]: each row's offset
    const rows = (x: tf.Tensor2D, idx: tf.Tensor2D): tf.Tensor2D => tf.reshape(tf.gather(tf.reshape(x, [-1]), tf.add(idx, base)), [G * E, n]);
    let placed = tf.zeros([G, n, E]) as tf.Tensor3D; // [G, n, E]
    for (let round = 0; round < E; round++) {
      const room = tf.sub(k, tf.sum(placed, 1)); // [G, E]
      const open = tf.expandDims(tf.cast(tf.greater(room, 0), 'float32'), 1); // [G, 1, E]
      const free = tf.sub(1, tf.sum(placed, 2, true)); // [G, n, 1], 1 while unplaced
      const reachable = tf.add(tf.mul(p, open), tf.mul(tf.sub(1, open), NONE)); // [G, n, E]
      const proposal = tf.mul(oneHot(tf.argMax(reachable, 2), E), free); // [G, n, E]
      const bids: tf.Tensor2D = tf.reshape(tf.transpose(proposal, [0, 2, 1]), [G * E, n]); // [G*E, n]
      const ahead = rows(tf.cumsum(rows(bids, order), 1, true), place); // [G*E, n]: proposers before each token in its expert's order
      const kept = tf.mul(bids, tf.cast(tf.less(ahead, tf.reshape(room, [G * E, 1])), 'float32')); // [G*E, n]
      placed = tf.add(placed, tf.transpose(tf.reshape(kept, [G, E, n]), [0, 2, 1])) as tf.Tensor3D;
    }
    return placed;
  });
}
