/**
 * tfjs in Node for unit tests, `npm run claims` and benches: the WASM backend
 * (its .wasm files ship inside the npm package, so this works offline), the
 * pure-JS CPU backend, or WebGPU through Dawn's Node bindings (nodeWebgpu.ts;
 * throws when no adapter is found). WASM lacks some kernels (DESIGN.md):
 * conv2d training, the gradient of tf.gather, FFT, complex numbers; use 'cpu' for those.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import path from 'node:path';
import { registerNodeWebGPU, SWIFTSHADER_ICD } from './nodeWebgpu';

export type NodeBackend = 'wasm' | 'cpu' | 'webgpu';

let wasmPathsSet = false;

export async function initNodeBackend(name: NodeBackend): Promise<typeof tf> {
  // Production mode: no debug checks, and no console advert for tfjs-node.
  tf.enableProdMode();
  if (name === 'wasm' && !wasmPathsSet) {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('@tensorflow/tfjs-backend-wasm/package.json');
    setWasmPaths(path.join(path.dirname(pkg), 'dist') + path.sep);
    wasmPathsSet = true;
  }
  if (name === 'webgpu' && !(await registerNodeWebGPU())) {
    throw new Error(`no WebGPU adapter in Node: install libvulkan1 and a Vulkan driver (or chromium's SwiftShader, ${SWIFTSHADER_ICD})`);
  }
  if (tf.getBackend() !== name) {
    const ok = await tf.setBackend(name);
    if (!ok) throw new Error(`tfjs backend '${name}' failed to initialise in Node`);
  }
  await tf.ready();
  return tf;
}
