/**
 * Independent references for the layers, written from the textbook
 * definitions rather than from the structure constants in algebras.ts:
 * the Hamilton product, and Appendix E's reshape of an M₂(ℝ) dense layer into
 * one real matmul. The exact claims and the unit tests check the layers
 * against these.
 */
import * as tf from '@tensorflow/tfjs-core';

/** (a1 + b1 i + c1 j + d1 k)(a2 + b2 i + c2 j + d2 k), with i² = j² = k² = ijk = −1. */
export function hamiltonProduct(p: ArrayLike<number>, q: ArrayLike<number>): number[] {
  const [a1, b1, c1, d1] = [p[0], p[1], p[2], p[3]];
  const [a2, b2, c2, d2] = [q[0], q[1], q[2], q[3]];
  return [
    a1 * a2 - b1 * b2 - c1 * c2 - d1 * d2,
    a1 * b2 + b1 * a2 + c1 * d2 - d1 * c2,
    a1 * c2 - b1 * d2 + c1 * a2 + d1 * b2,
    a1 * d2 + b1 * c2 - c1 * b2 + d1 * a2,
  ];
}

/** Σ_i W_oi ⊗ x_i for elements stored as flat arrays: W [O, I, d], x [N, I, d] → [N, O, d]. */
export function elementwiseDense(product: (w: ArrayLike<number>, x: ArrayLike<number>) => number[], W: Float32Array, x: Float32Array, N: number, I: number, O: number, d: number): Float32Array {
  const out = new Float32Array(N * O * d);
  for (let n = 0; n < N; n++)
    for (let o = 0; o < O; o++)
      for (let i = 0; i < I; i++) {
        const prod = product(W.subarray((o * I + i) * d, (o * I + i + 1) * d), x.subarray((n * I + i) * d, (n * I + i + 1) * d));
        for (let c = 0; c < d; c++) out[(n * O + o) * d + c] += prod[c];
      }
  return out;
}

/**
 * Appendix E for M₂(ℝ): weight (O, I, a, c) → (O·a, I·c); input (N, I, c, b)
 * → (I·c, N·b); one real matmul; back to (N, O, a, b). W [O, I, 4], x [N, I·4] → [N, O·4]
 */
export function m2rReshapedMatmul(W: tf.Tensor, x: tf.Tensor, N: number, I: number, O: number): tf.Tensor2D {
  const n = 2;
  return tf.tidy(() => {
    const Wr = tf.reshape(tf.transpose(tf.reshape(W, [O, I, n, n]), [0, 2, 1, 3]), [O * n, I * n]); // [O·a, I·c]
    const Xr = tf.reshape(tf.transpose(tf.reshape(x, [N, I, n, n]), [1, 2, 0, 3]), [I * n, N * n]); // [I·c, N·b]
    const Y = tf.reshape(tf.matMul(Wr, Xr), [O, n, N, n]); // [O, a, N, b]
    return tf.reshape(tf.transpose(Y, [2, 0, 1, 3]), [N, O * n * n]) as tf.Tensor2D; // [N, O·4]
  });
}
