/**
 * Mean softmax cross-entropy of integer targets, fused on 'webgpu' and 'wasm':
 * one kernel gives each row's loss (then one mean), one kernel its gradient.
 *   loss_r = log Σ_v exp(l_rv) - l_r,target        (nats)
 *   ∂loss_r / ∂l_rv = softmax(l_r)_v - [v = target_r]
 * Other backends run the reference: log-softmax, a one-hot mask, a sum.
 */
import * as tf from '@tensorflow/tfjs-core';
import { fusedOn, heap, heapInt, input, registerFused, registerSingleOutputGradient, run1, runWgsl } from './kernelKit';

export const SOFTMAX_CE = 'PNSoftmaxCE';
const SOFTMAX_CE_GRAD = 'PNSoftmaxCEGrad';

/** logits [N, V], targets [N] int32 -> mean cross-entropy (nats), unfused. */
export function softmaxCrossEntropyReference(logits: tf.Tensor2D, targets: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const [N, V] = logits.shape;
    const logp = tf.logSoftmax(logits); // [N, V]
    const oh = tf.cast(tf.oneHot(targets, V), 'float32'); // [N, V]; int32 then cast: WASM's float oneHot gives zeros
    return tf.div(tf.neg(tf.sum(tf.mul(oh, logp))), N);
  });
}

/** logits [N, V], targets [N] int32 -> mean cross-entropy (nats). */
export function softmaxCrossEntropy(logits: tf.Tensor2D, targets: tf.Tensor1D): tf.Scalar {
  if (!fusedOn(SOFTMAX_CE)) return softmaxCrossEntropyReference(logits, targets);
  return tf.mean(run1(SOFTMAX_CE, { logits, targets }));
}

const WGSL_ROW = `
  let V = uniforms.V; let o = index * V;
  var mx = -3.4e38;
  for (var v = 0; v < V; v++) { mx = max(mx, L[o + v]); }
  var se = 0.0;
  for (var v = 0; v < V; v++) { se += exp(L[o + v] - mx); }`;

function rowJs(l: Float32Array, o: number, V: number): [number, number] {
  let mx = -Infinity;
  for (let v = 0; v < V; v++) if (l[o + v] > mx) mx = l[o + v];
  let se = 0;
  for (let v = 0; v < V; v++) se += Math.exp(l[o + v] - mx);
  return [mx, se];
}

function register(): void {
  registerFused(
    SOFTMAX_CE,
    (be, inputs) => {
      const [logits, targets] = [input(inputs, 'logits'), input(inputs, 'targets')];
      const [N, V] = logits.shape;
      return runWgsl(be, 'sce', [{ name: 'L', t: logits }, { name: 'Tg', t: targets }], [N], N, [{ name: 'V', type: 'i32', value: V }], `${WGSL_ROW}
        result[index] = log(se) + mx - L[o + Tg[index]];`);
    },
    (be, inputs) => {
      const [logits, targets] = [input(inputs, 'logits'), input(inputs, 'targets')];
      const [N, V] = logits.shape;
      const out = be.makeOutput([N], 'float32');
      const [l, tg, o] = [heap(be, logits), heapInt(be, targets), heap(be, out)];
      for (let r = 0; r < N; r++) {
        const [mx, se] = rowJs(l, r * V, V);
        o[r] = Math.log(se) + mx - l[r * V + tg[r]];
      }
      return out;
    },
  );
  registerFused(
    SOFTMAX_CE_GRAD,
    (be, inputs) => {
      const [logits, targets, dy] = [input(inputs, 'logits'), input(inputs, 'targets'), input(inputs, 'dy')];
      const [N, V] = logits.shape;
      const ins = [{ name: 'L', t: logits }, { name: 'Tg', t: targets }, { name: 'Dy', t: dy }];
      return runWgsl(be, 'scegrad', ins, [N, V], N, [{ name: 'V', type: 'i32', value: V }], `${WGSL_ROW}
        for (var v = 0; v < V; v++) {
          result[o + v] = (exp(L[o + v] - mx) / se - select(0.0, 1.0, v == Tg[index])) * Dy[index];
        }`);
    },
    (be, inputs) => {
      const [logits, targets, dy] = [input(inputs, 'logits'), input(inputs, 'targets'), input(inputs, 'dy')];
      const [N, V] = logits.shape;
      const out = be.makeOutput([N, V], 'float32');
      const [l, tg, g, o] = [heap(be, logits), heapInt(be, targets), heap(be, dy), heap(be, out)];
      for (let r = 0; r < N; r++) {
        const [mx, se] = rowJs(l, r * V, V);
        for (let v = 0; v < V; v++) o[r * V + v] = (Math.exp(l[r * V + v] - mx) / se - (v === tg[r] ? 1 : 0)) * g[r];
      }
      return out;
    },
  );
  registerSingleOutputGradient(SOFTMAX_CE, ['logits', 'targets'], (d, saved) => {
    const [logits, targets] = saved;
    return { logits: () => run1(SOFTMAX_CE_GRAD, { logits, targets, dy: d }), targets: () => tf.zerosLike(targets) };
  });
}

register();
