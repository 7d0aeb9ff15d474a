/**
 * Bias + GELU after a matmul, y = GELU(x + b), as one fused kernel on 'webgpu'
 * and 'wasm' (the unfused reference elsewhere). GELU is the tanh
 * approximation (Hendrycks & Gimpel 2016), as GPT-2:
 *   GELU(u) = 0.5 u (1 + tanh(z)),  z = sqrt(2/π) (u + 0.044715 u³)
 *   GELU'(u) = 0.5 (1 + t) + 0.5 u (1 - t²) sqrt(2/π) (1 + 3 · 0.044715 u²),  t = tanh(z)
 * Backward: dx = dy GELU'(x + b) (one kernel), db = Σ_rows dx (one more).
 */
import * as tf from '@tensorflow/tfjs-core';
import { colSum } from './colSum';
import { f32, fusedOn, heap, input, registerFused, registerSingleOutputGradient, run1, runWgsl } from './kernelKit';

export const BIAS_GELU = 'PNBiasGelu';
const BIAS_GELU_GRAD = 'PNBiasGeluGrad';
const GELU_C = Math.sqrt(2 / Math.PI);
const A = 0.044715;

/** 0.5 x (1 + tanh(sqrt(2/π) (x + 0.044715 x³))), unfused. */
export function gelu<T extends tf.Tensor>(x: T): T {
  const x3 = tf.mul(tf.mul(x, x), x); // x³ by multiplication: Pow is slow on WASM
  const inner = tf.mul(tf.add(x, tf.mul(x3, A)), GELU_C);
  return tf.mul(tf.mul(x, 0.5), tf.add(tf.tanh(inner), 1));
}

/** x [R, C], b [C] -> GELU(x + b) [R, C]. */
export function biasGelu(x: tf.Tensor2D, b: tf.Tensor1D): tf.Tensor2D {
  if (!fusedOn(BIAS_GELU)) return gelu(tf.add(x, b));
  return run1(BIAS_GELU, { x, b }) as tf.Tensor2D; // [R, C]
}

// tanh written out: WGSL's tanh overflows to NaN for large |z| on some drivers.
const WGSL_GELU = `
  fn pn_tanh(z : f32) -> f32 { let e = exp(-2.0 * abs(z)); return sign(z) * (1.0 - e) / (1.0 + e); }
  fn pn_gelu(u : f32) -> f32 { return 0.5 * u * (1.0 + pn_tanh(${f32(GELU_C)} * (u + ${f32(A)} * u * u * u))); }
  fn pn_dgelu(u : f32) -> f32 {
    let t = pn_tanh(${f32(GELU_C)} * (u + ${f32(A)} * u * u * u));
    return 0.5 * (1.0 + t) + 0.5 * u * (1.0 - t * t) * ${f32(GELU_C)} * (1.0 + ${f32(3 * A)} * u * u);
  }`;

/** tanh(z) = 1 - 2 / (exp(2z) + 1): Math.exp is several times faster than Math.tanh in V8. */
const tanhJs = (z: number): number => (z > 20 ? 1 : z < -20 ? -1 : 1 - 2 / (Math.exp(2 * z) + 1));
const geluJs = (u: number): number => 0.5 * u * (1 + tanhJs(GELU_C * (u + A * u * u * u)));
function dgeluJs(u: number): number {
  const t = tanhJs(GELU_C * (u + A * u * u * u));
  return 0.5 * (1 + t) + 0.5 * u * (1 - t * t) * GELU_C * (1 + 3 * A * u * u);
}

function register(): void {
  registerFused(
    BIAS_GELU,
    (be, inputs) => {
      const [x, b] = [input(inputs, 'x'), input(inputs, 'b')];
      const C = b.shape[0];
      const n = x.shape.reduce((p, s) => p * s, 1);
      return runWgsl(be, 'biasgelu', [{ name: 'X', t: x }, { name: 'Bv', t: b }], x.shape, n, [{ name: 'cols', type: 'i32', value: C }],
        `result[index] = pn_gelu(X[index] + Bv[index % uniforms.cols]);`, 'float32', WGSL_GELU);
    },
    (be, inputs) => {
      const [x, b] = [input(inputs, 'x'), input(inputs, 'b')];
      const out = be.makeOutput(x.shape, 'float32');
      const [xv, bv, yv] = [heap(be, x), heap(be, b), heap(be, out)];
      const C = bv.length;
      for (let i = 0; i < xv.length; i++) yv[i] = geluJs(xv[i] + bv[i % C]);
      return out;
    },
  );
  registerFused(
    BIAS_GELU_GRAD,
    (be, inputs) => {
      const [dy, x, b] = [input(inputs, 'dy'), input(inputs, 'x'), input(inputs, 'b')];
      const n = x.shape.reduce((p, s) => p * s, 1);
      return runWgsl(be, 'biasgelugrad', [{ name: 'Dy', t: dy }, { name: 'X', t: x }, { name: 'Bv', t: b }], x.shape, n,
        [{ name: 'cols', type: 'i32', value: b.shape[0] }], `result[index] = Dy[index] * pn_dgelu(X[index] + Bv[index % uniforms.cols]);`, 'float32', WGSL_GELU);
    },
    (be, inputs) => {
      const [dy, x, b] = [input(inputs, 'dy'), input(inputs, 'x'), input(inputs, 'b')];
      const out = be.makeOutput(x.shape, 'float32');
      const [dv, xv, bv, ov] = [heap(be, dy), heap(be, x), heap(be, b), heap(be, out)];
      const C = bv.length;
      for (let i = 0; i < xv.length; i++) ov[i] = dv[i] * dgeluJs(xv[i] + bv[i % C]);
      return out;
    },
  );
  registerSingleOutputGradient(BIAS_GELU, ['x', 'b'], (d, saved) => {
    const [x, b] = saved;
    // d(x + b) serves both gradients: computed once, kept past the first gradient's tidy, disposed by the second.
    const dxb = tf.keep(run1(BIAS_GELU_GRAD, { dy: d, x, b }));
    return {
      x: () => tf.clone(dxb),
      b: () => {
        const db = colSum(dxb);
        dxb.dispose();
        return db;
      },
    };
  });
}

register();
