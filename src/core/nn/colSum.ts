/**
 * Column sums of a matrix, x [R, C] -> [C]: the bias gradients (Σ over rows
 * of the incoming gradient). One kernel on 'webgpu' and 'wasm'; tfjs-wasm's
 * Sum over axis 0 transposes first, which costs as much as the sum.
 */
import * as tf from '@tensorflow/tfjs-core';
import { fusedOn, heap, input, registerFused, run1, runWgsl } from './kernelKit';

export const COL_SUM = 'PNColSum';

/** x [R, C] -> Σ_r x[r, :] [C]. */
export function colSum(x: tf.Tensor): tf.Tensor1D {
  if (!fusedOn(COL_SUM) || x.rank !== 2) return tf.sum(x, 0);
  return run1(COL_SUM, { x }) as tf.Tensor1D; // [C]
}

registerFused(
  COL_SUM,
  (be, inputs) => {
    const x = input(inputs, 'x');
    const [R, C] = x.shape;
    return runWgsl(be, 'colsum', [{ name: 'X', t: x }], [C], C, [{ name: 'R', type: 'i32', value: R }, { name: 'C', type: 'i32', value: C }], `
      var s = 0.0;
      for (var r = 0; r < uniforms.R; r++) { s += X[r * uniforms.C + index]; }
      result[index] = s;`);
  },
  (be, inputs) => {
    const x = input(inputs, 'x');
    const [R, C] = x.shape;
    const out = be.makeOutput([C], 'float32');
    const [xv, o] = [heap(be, x), heap(be, out)];
    const acc = new Float64Array(C);
    for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) acc[c] += xv[r * C + c];
    o.set(acc);
    return out;
  },
);
