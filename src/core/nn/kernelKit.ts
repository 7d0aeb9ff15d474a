/**
 * The small toolkit the fused kernels share: a WGSL program runner for the
 * 'webgpu' backend (tfjs builds the bindings: one storage buffer per input
 * named by `inputs`, the output `result`, and a `uniforms` struct) and typed
 * views of tensors for the 'wasm' backend, whose kernels here are plain
 * JavaScript loops over the WASM heap.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { WebGPUBackend, WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';

export type FusedBackend = 'webgpu' | 'wasm';

/** Threads per workgroup of every program here. */
export const WG = 64;

export interface Uniform {
  name: string;
  type: 'f32' | 'i32';
  value: number;
}

/**
 * Runs `body` (WGSL statements, with `index` the global thread index) once per
 * thread for `threads` threads and returns the output tensor.
 * `key` names the program for tfjs's pipeline cache: body text that depends on
 * anything but the uniforms must be part of it.
 */
export function runWgsl(
  backend: WebGPUBackend,
  key: string,
  inputs: { name: string; t: tf.TensorInfo }[],
  outputShape: number[],
  threads: number,
  uniforms: Uniform[],
  body: string,
  outputDtype: tf.DataType = 'float32',
  /** WGSL functions the body calls (names start with pn_ to stay clear of tfjs's helpers). */
  helpers = '',
): tf.TensorInfo {
  const program: WebGPUProgram = {
    outputShape,
    shaderKey: `pn_${key}`,
    dispatchLayout: { x: outputShape.map((_, i) => i) },
    dispatch: [Math.max(1, Math.ceil(threads / WG)), 1, 1],
    variableNames: inputs.map((i) => i.name),
    workgroupSize: [WG, 1, 1],
    uniforms: uniforms.map((u) => `${u.name} : ${u.type},`).join(' ') || undefined,
    // No early return when the threads fill whole workgroups: bodies may then use workgroupBarrier().
    getUserCode: () => `${helpers}
      fn main(index : i32) {
        ${threads % WG === 0 ? '' : `if (index >= ${threads}) { return; }`}
        ${body}
      }`,
  };
  // Thread counts are baked into the code: make them part of the key.
  program.shaderKey += `_${threads}`;
  const uniformData = uniforms.map((u) => ({ type: u.type === 'f32' ? 'float32' : 'int32', data: [u.value] }));
  return backend.runWebGPUProgram(program, inputs.map((i) => i.t), outputDtype, uniformData);
}

/** Float32 (or int32) views of inputs on the WASM heap. Take them after every makeOutput: the heap can grow. */
export function heap(backend: BackendWasm, t: tf.TensorInfo): Float32Array {
  const a = backend.typedArrayFromHeap(t);
  if (!(a instanceof Float32Array)) throw new TypeError(`expected a float32 tensor, got ${t.dtype}`);
  return a;
}

export function heapInt(backend: BackendWasm, t: tf.TensorInfo): Int32Array {
  const a = backend.typedArrayFromHeap(t);
  if (!(a instanceof Int32Array)) throw new TypeError(`expected an int32 tensor, got ${t.dtype}`);
  return a;
}

/** Whether `kernel` is registered for the active backend (else the ops use their unfused reference). */
export function fusedOn(kernel: string): boolean {
  return tf.getKernel(kernel, tf.getBackend()) !== undefined;
}

/** Runs a registered kernel by name; one output. */
export function run1(kernel: string, inputs: tf.NamedTensorMap, attrs: tf.NamedAttrMap = {}): tf.Tensor {
  const out = tf.engine().runKernel(kernel, inputs, attrs);
  if (Array.isArray(out)) throw new Error(`${kernel}: expected one output`);
  return out;
}

/** Runs a registered kernel by name; several outputs. */
export function runN(kernel: string, inputs: tf.NamedTensorMap, attrs: tf.NamedAttrMap = {}): tf.Tensor[] {
  const out = tf.engine().runKernel(kernel, inputs, attrs);
  return Array.isArray(out) ? out : [out];
}

/** Numeric attribute, checked. */
export function num(attrs: tf.NamedAttrMap, name: string): number {
  const v = attrs[name];
  if (typeof v !== 'number') throw new TypeError(`attribute ${name} must be a number`);
  return v;
}

export function bool(attrs: tf.NamedAttrMap, name: string): boolean {
  return attrs[name] === true;
}

/** Formats a JS number as a WGSL f32 literal. */
export function f32(x: number): string {
  const s = String(Math.fround(x));
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

export function isWebGPU(b: unknown): b is WebGPUBackend {
  return typeof b === 'object' && b !== null && 'runWebGPUProgram' in b;
}

export function isWasm(b: unknown): b is BackendWasm {
  return typeof b === 'object' && b !== null && 'typedArrayFromHeap' in b;
}

type KernelImpl = (inputs: tf.NamedTensorInfoMap, attrs: tf.NamedAttrMap) => tf.TensorInfo | tf.TensorInfo[];

/** Registers `name` on both backends (once per process; tfjs's registry is global). */
export function registerFused(
  name: string,
  webgpu: (b: WebGPUBackend, inputs: tf.NamedTensorInfoMap, attrs: tf.NamedAttrMap) => tf.TensorInfo | tf.TensorInfo[],
  wasm: (b: BackendWasm, inputs: tf.NamedTensorInfoMap, attrs: tf.NamedAttrMap) => tf.TensorInfo | tf.TensorInfo[],
): void {
  const wrap = (backendName: FusedBackend): void => {
    if (tf.getKernel(name, backendName)) return;
    const kernelFunc: tf.KernelFunc = ({ inputs, backend, attrs }) => {
      const impl: KernelImpl | null = isWebGPU(backend) ? (i, a) => webgpu(backend, i, a) : isWasm(backend) ? (i, a) => wasm(backend, i, a) : null;
      if (!impl) throw new Error(`${name}: no implementation for this backend`);
      return impl(inputs, attrs ?? {});
    };
    tf.registerKernel({ kernelName: name, backendName, kernelFunc });
  };
  wrap('webgpu');
  wrap('wasm');
}

/**
 * The gradient of a one-output kernel: `grads(dy, saved, attrs)` gets the
 * output's gradient as one tensor and the inputs named in `inputsToSave`, in
 * that order, and returns a gradient function per input.
 */
export function registerSingleOutputGradient(
  kernelName: string,
  inputsToSave: string[],
  grads: (dy: tf.Tensor, saved: tf.Tensor[], attrs: tf.NamedAttrMap) => Record<string, () => tf.Tensor>,
): void {
  tf.registerGradient({ kernelName, inputsToSave, gradFunc: (dy, saved, attrs) => grads(Array.isArray(dy) ? dy[0] : dy, saved, attrs ?? {}) });
}

/** An input that must be present. */
export function input(inputs: tf.NamedTensorInfoMap, name: string): tf.TensorInfo {
  const t = inputs[name];
  if (!t) throw new Error(`missing input ${name}`);
  return t;
}
