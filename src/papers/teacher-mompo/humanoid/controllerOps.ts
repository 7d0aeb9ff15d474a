/**
 * A scripted controller written once and evaluated two ways: on one
 * observation in plain JS (to act) and on a batch of observations in tfjs (to
 * give a teacher's log π_T(a|s) inside the learner's update, where reading
 * tensors back to JS is not allowed). The controller only sees `Ops` and a
 * column reader, so both paths run the same arithmetic.
 */
import * as tf from '@tensorflow/tfjs-core';
import { type Controller, type Ops, columnIndex, lookup, rawJs } from './controllerJs';

/** Ops on [B] tensors; constants broadcast. */
export const tfOps: Ops<tf.Tensor> = {
  c: (x) => tf.scalar(x),
  add: (...xs) => xs.reduce((s, x) => tf.add(s, x)),
  sub: (a, b) => tf.sub(a, b),
  mul: (a, b) => tf.mul(a, b),
  scale: (a, k) => tf.mul(a, k),
  relu: (a) => tf.relu(a),
  clip: (a, lo, hi) => tf.clipByValue(a, lo, hi),
};

/** μ = clip(s W + b): the exact affine form of a controller. */
export interface AffineForm {
  /** [O, A] */
  w: Float32Array;
  /** [A] */
  b: Float32Array;
}

/**
 * The controller's affine form, read off by evaluating it at 0 and at each
 * unit vector, when it is affine (checked at a few seeded random points);
 * null otherwise. An affine teacher's batch mean is then one matMul.
 */
export function affineForm(ctrl: Controller, names: readonly string[], checks = 3): AffineForm | null {
  const index = columnIndex(names);
  const O = names.length;
  const x = new Float64Array(O);
  const b = rawJs(ctrl, index, x);
  const A = b.length;
  const w = new Float32Array(O * A); // [O, A]
  for (let i = 0; i < O; i++) {
    x[i] = 1;
    const y = rawJs(ctrl, index, x);
    x[i] = 0;
    for (let a = 0; a < A; a++) w[i * A + a] = y[a] - b[a];
  }
  // An affine map agrees with its form everywhere; a product or clip term shows at random points.
  let seed = 0x2545f491;
  const rand = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 0x1_0000_0000 - 0.5;
  };
  for (let c = 0; c < checks; c++) {
    for (let i = 0; i < O; i++) x[i] = 4 * rand();
    const y = rawJs(ctrl, index, x);
    for (let a = 0; a < A; a++) {
      let s = b[a];
      for (let i = 0; i < O; i++) s += x[i] * w[i * A + a];
      if (Math.abs(s - y[a]) > 1e-4 * (1 + Math.abs(y[a]))) return null;
    }
  }
  return { w, b: Float32Array.from(b) };
}

/** The controller's mean actions for a batch: obs [B, O] → [B, A], clipped to [-1, 1]. */
export function controllerMeanTf(ctrl: Controller, index: Map<string, number>, obs: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const B = obs.shape[0];
    const cols = new Map<string, tf.Tensor>();
    const col = (name: string): tf.Tensor => {
      let c = cols.get(name);
      if (!c) {
        c = tf.reshape(tf.slice(obs, [0, lookup(index, name)], [B, 1]), [B]); // [B]
        cols.set(name, c);
      }
      return c;
    };
    const u = ctrl(tfOps, col).map((x) => tf.broadcastTo(x, [B])); // A × [B]
    return tf.clipByValue(tf.stack(u, 1), -1, 1) as tf.Tensor2D; // [B, A]
  });
}
