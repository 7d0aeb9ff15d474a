/**
 * Reading node tables at the ends of every directed edge (w, c), and summing
 * edge rows back into nodes. Two ways with the same numbers: tf.gather and
 * unsortedSegmentSum where the backend has them with gradients (WebGPU,
 * WebGL, CPU), or products with dense one-hot incidence matrices on WASM,
 * which lacks UnsortedSegmentSum (the gradient of gather). Dense is fine at
 * the scale WASM serves here (claims and tests: up to a few thousand edges).
 */
import * as tf from '@tensorflow/tfjs-core';

export type IndexMode = 'gather' | 'onehot';

export interface EdgeIndex {
  readonly n: number;
  readonly edges: number;
  /** table [N, X] -> rows at each edge's source w: [E, X] */
  atW(table: tf.Tensor2D): tf.Tensor2D;
  /** table [N, X] -> rows at each edge's target c: [E, X] */
  atC(table: tf.Tensor2D): tf.Tensor2D;
  /**
   * values [E, X] -> Σ over the edges leaving each node: [N, X]. With both
   * directions listed and values symmetric in (w, c), as q(z|w,c) is, this
   * counts each undirected edge at each of its ends once, as the code's r_i.
   */
  sumAtW(values: tf.Tensor2D): tf.Tensor2D;
  /** One-hot of each edge's target c: [E, N] (the reconstruction target). */
  readonly targetOneHot: tf.Tensor2D;
  dispose(): void;
}

export function indexModeFor(backend: string): IndexMode {
  return backend === 'wasm' ? 'onehot' : 'gather';
}

export function edgeIndex(n: number, w: readonly number[], c: readonly number[], mode: IndexMode): EdgeIndex {
  const E = w.length;
  const wIdx = tf.tensor1d(Int32Array.from(w), 'int32'); // [E]
  const cIdx = tf.tensor1d(Int32Array.from(c), 'int32'); // [E]
  const targetOneHot = tf.tidy(() => tf.cast(tf.oneHot(cIdx, n), 'float32') as tf.Tensor2D); // [E, N]
  if (mode === 'gather') {
    return {
      n, edges: E, targetOneHot,
      atW: (t) => tf.gather(t, wIdx),
      atC: (t) => tf.gather(t, cIdx),
      sumAtW: (v) => tf.unsortedSegmentSum(v, wIdx, n),
      dispose: () => tf.dispose([wIdx, cIdx, targetOneHot]),
    };
  }
  const W = tf.tidy(() => tf.cast(tf.oneHot(wIdx, n), 'float32') as tf.Tensor2D); // [E, N]
  tf.dispose([wIdx, cIdx]);
  return {
    n, edges: E, targetOneHot,
    atW: (t) => tf.matMul(W, t),
    atC: (t) => tf.matMul(targetOneHot, t),
    sumAtW: (v) => tf.matMul(W, v, true, false),
    dispose: () => tf.dispose([W, targetOneHot]),
  };
}

/** Both directions of every undirected edge: w = [u..., v...], c = [v..., u...]. */
export function directedEdges(edges: readonly (readonly [number, number])[]): { w: number[]; c: number[] } {
  return { w: [...edges.map((e) => e[0]), ...edges.map((e) => e[1])], c: [...edges.map((e) => e[1]), ...edges.map((e) => e[0])] };
}
