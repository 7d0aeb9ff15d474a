/**
 * LayerNorm and RMSNorm over the rows of a matrix, forward and backward, as
 * fused kernels on 'webgpu' (WGSL) and 'wasm' (JS over the heap); other
 * backends run the unfused reference.
 *   layernorm (Ba et al. 2016): y = (x - μ) r g + b,  r = 1 / sqrt(mean((x - μ)²) + eps)
 *   rmsnorm (Zhang & Sennrich 2019): y = x r g,       r = 1 / sqrt(mean(x²) + eps)
 * Backward, with x̂ = (x - μ) r and d̂ = dy g:
 *   dx = r (d̂ - mean(d̂) - x̂ mean(d̂ x̂))   (rmsnorm drops mean(d̂))
 *   dg = Σ_rows dy x̂,   db = Σ_rows dy
 * One fused kernel forward; dx, dg (two passes: row statistics, then columns) and db backward.
 */
import * as tf from '@tensorflow/tfjs-core';
import { colSum } from './colSum';
import { bool, fusedOn, heap, input, num, registerFused, registerSingleOutputGradient, run1, runWgsl, type Uniform } from './kernelKit';

export const NORM = 'PNNorm';
const NORM_DX = 'PNNormGradX';
const NORM_DG = 'PNNormGradG';

/** Unfused reference: x [R, C], g [C], b [C] or null -> [R, C]. The ops core/lm has always used. */
export function normReference(x: tf.Tensor2D, g: tf.Tensor1D, b: tf.Tensor1D | null, rms: boolean, eps: number): tf.Tensor2D {
  return tf.tidy(() => {
    if (rms) {
      const ms = tf.mean(tf.square(x), -1, true); // [R, 1]
      return tf.mul(tf.mul(x, tf.rsqrt(tf.add(ms, eps))), g); // [R, C]
    }
    const mu = tf.mean(x, -1, true); // [R, 1]
    const xc = tf.sub(x, mu); // [R, C]
    const v = tf.mean(tf.square(xc), -1, true); // [R, 1]
    const y: tf.Tensor2D = tf.mul(tf.mul(xc, tf.rsqrt(tf.add(v, eps))), g); // [R, C]
    return b ? tf.add(y, b) : y;
  });
}

/** x [R, C] -> normalised rows [R, C]; fused where the backend has the kernel. */
export function normRows(x: tf.Tensor2D, g: tf.Tensor1D, b: tf.Tensor1D | null, rms: boolean, eps: number): tf.Tensor2D {
  if (!fusedOn(NORM)) return normReference(x, g, b, rms, eps);
  const inputs: tf.NamedTensorMap = b ? { x, g, b } : { x, g };
  return run1(NORM, inputs, { rms, eps }) as tf.Tensor2D; // the kernel keeps x's shape [R, C]
}

// WGSL: statistics of row `r` of X ([R, C]) into mu, rs.
const rowStats = (rms: boolean) => `
  let o = r * uniforms.cols;
  var mu = 0.0;
  ${rms ? '' : 'for (var c = 0; c < uniforms.cols; c++) { mu += X[o + c]; } mu = mu / f32(uniforms.cols);'}
  var v = 0.0;
  for (var c = 0; c < uniforms.cols; c++) { let d = X[o + c] - mu; v += d * d; }
  let rs = inverseSqrt(v / f32(uniforms.cols) + uniforms.eps);`;

function dims(x: tf.TensorInfo): [number, number] {
  const C = x.shape[x.shape.length - 1];
  return [x.shape.reduce((a, s) => a * s, 1) / C, C];
}

function statsJs(xv: Float32Array, o: number, C: number, rms: boolean, eps: number): [number, number] {
  let mu = 0;
  if (!rms) {
    for (let c = 0; c < C; c++) mu += xv[o + c];
    mu /= C;
  }
  let v = 0;
  for (let c = 0; c < C; c++) v += (xv[o + c] - mu) ** 2;
  return [mu, 1 / Math.sqrt(v / C + eps)];
}

function register(): void {
  registerFused(
    NORM,
    (be, inputs, attrs) => {
      const [x, g, b] = [input(inputs, 'x'), input(inputs, 'g'), inputs.b];
      const rms = bool(attrs, 'rms');
      const [R, C] = dims(x);
      const u: Uniform[] = [{ name: 'cols', type: 'i32', value: C }, { name: 'eps', type: 'f32', value: num(attrs, 'eps') }];
      const ins = [{ name: 'X', t: x }, { name: 'G', t: g }, ...(b ? [{ name: 'Bv', t: b }] : [])];
      return runWgsl(be, `norm_${rms}_${!!b}`, ins, [R, C], R, u, `
        let r = index; ${rowStats(rms)}
        for (var c = 0; c < uniforms.cols; c++) { result[o + c] = (X[o + c] - mu) * rs * G[c]${b ? ' + Bv[c]' : ''}; }`);
    },
    (be, inputs, attrs) => {
      const [x, g, b] = [input(inputs, 'x'), input(inputs, 'g'), inputs.b];
      const [rms, eps] = [bool(attrs, 'rms'), num(attrs, 'eps')];
      const [R, C] = dims(x);
      const out = be.makeOutput([R, C], 'float32');
      const [xv, gv, bv, yv] = [heap(be, x), heap(be, g), b ? heap(be, b) : null, heap(be, out)];
      for (let r = 0; r < R; r++) {
        const o = r * C;
        const [mu, rs] = statsJs(xv, o, C, rms, eps);
        for (let c = 0; c < C; c++) yv[o + c] = (xv[o + c] - mu) * rs * gv[c] + (bv ? bv[c] : 0);
      }
      return out;
    },
  );
  registerFused(
    NORM_DX,
    (be, inputs, attrs) => {
      const [dy, x, g] = [input(inputs, 'dy'), input(inputs, 'x'), input(inputs, 'g')];
      const rms = bool(attrs, 'rms');
      const [R, C] = dims(x);
      const u: Uniform[] = [{ name: 'cols', type: 'i32', value: C }, { name: 'eps', type: 'f32', value: num(attrs, 'eps') }];
      return runWgsl(be, `normdx_${rms}`, [{ name: 'Dy', t: dy }, { name: 'X', t: x }, { name: 'G', t: g }], [R, C], R, u, `
        let r = index; ${rowStats(rms)}
        var s1 = 0.0; var s2 = 0.0;
        for (var c = 0; c < uniforms.cols; c++) { let dh = Dy[o + c] * G[c]; s1 += dh; s2 += dh * (X[o + c] - mu) * rs; }
        s1 = ${rms ? '0.0' : 's1 / f32(uniforms.cols)'}; s2 = s2 / f32(uniforms.cols);
        for (var c = 0; c < uniforms.cols; c++) {
          result[o + c] = rs * (Dy[o + c] * G[c] - s1 - (X[o + c] - mu) * rs * s2);
        }`);
    },
    (be, inputs, attrs) => {
      const [dy, x, g] = [input(inputs, 'dy'), input(inputs, 'x'), input(inputs, 'g')];
      const [rms, eps] = [bool(attrs, 'rms'), num(attrs, 'eps')];
      const [R, C] = dims(x);
      const out = be.makeOutput([R, C], 'float32');
      const [dv, xv, gv, ov] = [heap(be, dy), heap(be, x), heap(be, g), heap(be, out)];
      for (let r = 0; r < R; r++) {
        const o = r * C;
        const [mu, rs] = statsJs(xv, o, C, rms, eps);
        let s1 = 0;
        let s2 = 0;
        for (let c = 0; c < C; c++) {
          const dh = dv[o + c] * gv[c];
          s1 += dh;
          s2 += dh * (xv[o + c] - mu) * rs;
        }
        s1 = rms ? 0 : s1 / C;
        s2 /= C;
        for (let c = 0; c < C; c++) ov[o + c] = rs * (dv[o + c] * gv[c] - s1 - (xv[o + c] - mu) * rs * s2);
      }
      return out;
    },
  );
  registerFused(
    NORM_DG,
    (be, inputs, attrs) => {
      const [dy, x] = [input(inputs, 'dy'), input(inputs, 'x')];
      const rms = bool(attrs, 'rms');
      const [R, C] = dims(x);
      const u: Uniform[] = [{ name: 'cols', type: 'i32', value: C }, { name: 'eps', type: 'f32', value: num(attrs, 'eps') }];
      // Pass 1: (μ, r) per row [R, 2]; pass 2: one thread per column sums over rows.
      const stats = runWgsl(be, `normstats_${rms}`, [{ name: 'X', t: x }], [R, 2], R, u, `
        let r = index; ${rowStats(rms)}
        result[2 * r] = mu; result[2 * r + 1] = rs;`);
      const u2: Uniform[] = [{ name: 'cols', type: 'i32', value: C }, { name: 'rows', type: 'i32', value: R }];
      const dg = runWgsl(be, 'normdg', [{ name: 'Dy', t: dy }, { name: 'X', t: x }, { name: 'S', t: stats }], [C], C, u2, `
        let c = index; var s = 0.0;
        for (var r = 0; r < uniforms.rows; r++) { let i = r * uniforms.cols + c; s += Dy[i] * (X[i] - S[2 * r]) * S[2 * r + 1]; }
        result[c] = s;`);
      be.disposeData(stats.dataId);
      return dg;
    },
    (be, inputs, attrs) => {
      const [dy, x] = [input(inputs, 'dy'), input(inputs, 'x')];
      const [rms, eps] = [bool(attrs, 'rms'), num(attrs, 'eps')];
      const [R, C] = dims(x);
      const out = be.makeOutput([C], 'float32');
      const [dv, xv, ov] = [heap(be, dy), heap(be, x), heap(be, out)];
      const acc = new Float64Array(C);
      for (let r = 0; r < R; r++) {
        const o = r * C;
        const [mu, rs] = statsJs(xv, o, C, rms, eps);
        for (let c = 0; c < C; c++) acc[c] += dv[o + c] * (xv[o + c] - mu) * rs;
      }
      ov.set(acc);
      return out;
    },
  );
  registerSingleOutputGradient(NORM, ['x', 'g'], (d, saved, attrs) => {
    const [x, g] = saved;
    return {
      x: () => run1(NORM_DX, { dy: d, x, g }, attrs),
      g: () => run1(NORM_DG, { dy: d, x }, attrs),
      b: () => colSum(d),
    };
  });
}

register();
