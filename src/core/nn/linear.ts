/**
 * y = x W + b over rows, x [R, In], W [In, Out], b [Out] or none, as one
 * kernel on 'webgpu' and 'wasm' (the backend's own fused matmul + bias), with
 * a gradient that suits each backend:
 *   dx = dy Wᵀ,  dW = xᵀ dy,  db = Σ_rows dy
 * On WebGPU the transposes are matmul flags (free); on WASM they are explicit
 * tf.transpose calls followed by plain 2-D matmuls, because tfjs-wasm's matmul
 * with a transpose flag falls to a slow loop (5-12x, see plainMatMul.ts).
 * Other backends run tf.matMul + tf.add with tfjs's stock gradients.
 */
import * as tf from '@tensorflow/tfjs-core';
import { colSum } from './colSum';
import { fusedOn, input, registerFused, registerSingleOutputGradient, run1 } from './kernelKit';

export const LINEAR = 'PNLinear';

function matmulKernel(name: string, backend: string): tf.KernelFunc {
  const k = tf.getKernel(name, backend);
  if (!k) throw new Error(`${LINEAR}: the ${backend} backend has no ${name} kernel`);
  return k.kernelFunc;
}

function forward(backendName: 'webgpu' | 'wasm', backend: object, inputs: tf.NamedTensorInfoMap): tf.TensorInfo | tf.TensorInfo[] {
  const [x, w, b] = [input(inputs, 'x'), input(inputs, 'w'), inputs.b];
  const attrs = { transposeA: false, transposeB: false, activation: 'linear' };
  // The backends' matmul kernels take rank-3 operands (the tf.matMul op reshapes first): views, no copies.
  const as3 = (t: tf.TensorInfo): tf.TensorInfo => ({ dataId: t.dataId, dtype: t.dtype, shape: [1, ...t.shape] });
  const [a3, w3] = [as3(x), as3(w)];
  const out = b
    ? matmulKernel('_FusedMatMul', backendName)({ inputs: { a: a3, b: w3, bias: b }, backend, attrs })
    : matmulKernel('BatchMatMul', backendName)({ inputs: { a: a3, b: w3 }, backend, attrs });
  if (Array.isArray(out)) throw new Error(`${LINEAR}: the matmul kernel gave several outputs`);
  return { dataId: out.dataId, dtype: out.dtype, shape: [x.shape[0], w.shape[1]] }; // [R, Out]
}

/** x [R, In] @ w [In, Out] (+ b [Out]) -> [R, Out]. */
export function linear(x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D | null): tf.Tensor2D {
  if (!fusedOn(LINEAR)) return b ? tf.add(tf.matMul(x, w), b) : tf.matMul(x, w);
  return run1(LINEAR, b ? { x, w, b } : { x, w }) as tf.Tensor2D; // [R, Out]
}

function register(): void {
  registerFused(LINEAR, (be, inputs) => forward('webgpu', be, inputs), (be, inputs) => forward('wasm', be, inputs));
  registerSingleOutputGradient(LINEAR, ['x', 'w'], (d, saved) => {
    const [x, w] = saved;
    const flags = tf.getBackend() !== 'wasm';
    return {
      x: () => (flags ? tf.matMul(d, w, false, true) : tf.matMul(d, tf.transpose(w))), // [R, In]
      w: () => (flags ? tf.matMul(x, d, true, false) : tf.matMul(tf.transpose(x), d)), // [In, Out]
      b: () => colSum(d), // [Out]
    };
  });
}

register();
