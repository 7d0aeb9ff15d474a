/**
 * tfjs's WebGPU backend in Node through Dawn's Node bindings (npm `webgpu`,
 * whose Linux binary ships inside the package). On a machine with a GPU and
 * its Vulkan driver this trains on that GPU with exactly the browser's
 * kernels; on these CPU machines Debian's libvulkan1 plus the SwiftShader ICD
 * from the chromium package give a software adapter (vendor google,
 * architecture swiftshader), slow but exact, for kernel tests and counts.
 */
import * as tf from '@tensorflow/tfjs-core';
import { installSafeAddN } from '../nn/safeAddN';

/** SwiftShader's Vulkan driver as Debian's chromium package installs it. */
export const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

export interface NodeWebGPU {
  adapter: GPUAdapter;
  /** "vendor architecture", e.g. "google swiftshader". */
  description: string;
}

let found: Promise<NodeWebGPU | null> | null = null;

async function requestAdapter(): Promise<NodeWebGPU | null> {
  const { existsSync } = await import('node:fs');
  // Without a Vulkan driver of its own the loader finds none: fall back to SwiftShader when it is installed.
  if (!process.env.VK_ICD_FILENAMES && existsSync(SWIFTSHADER_ICD) && process.env.PN_WEBGPU_NO_SWIFTSHADER !== '1') {
    process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  }
  let dawn: typeof import('webgpu');
  try {
    dawn = await import('webgpu');
  } catch {
    return null; // the npm package (or its binary for this platform) is missing
  }
  // GPUBufferUsage, GPUMapMode, GPUShaderStage ... that tfjs-backend-webgpu reads as globals.
  Object.assign(globalThis, dawn.globals);
  const gpu = dawn.create([]);
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) return null;
  // tfjs-backend-webgpu checks navigator.gpu (Node 20 has no navigator; Node 21+ has one without gpu).
  if (typeof globalThis.navigator === 'undefined') Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true });
  else if (!('gpu' in globalThis.navigator)) Object.defineProperty(globalThis.navigator, 'gpu', { value: gpu, configurable: true });
  return { adapter, description: `${adapter.info.vendor} ${adapter.info.architecture}`.trim() };
}

/** The adapter Dawn finds in this process (memoised), or null when there is none. */
export function nodeWebGPUAdapter(): Promise<NodeWebGPU | null> {
  found ??= requestAdapter();
  return found;
}

/**
 * Registers tfjs's 'webgpu' backend on Dawn's adapter; false when there is no
 * adapter. The kernels are tfjs-backend-webgpu's own (registered on import),
 * plus whatever custom kernels core registers for 'webgpu'.
 */
export async function registerNodeWebGPU(): Promise<NodeWebGPU | null> {
  const gpu = await nodeWebGPUAdapter();
  if (!gpu) return null;
  const { WebGPUBackend } = await import('@tensorflow/tfjs-backend-webgpu');
  installSafeAddN();
  // Imported after navigator.gpu exists, the package registers its own factory (same device setup as below).
  if (tf.findBackendFactory('webgpu')) return gpu;
  const { adapter } = gpu;
  tf.registerBackend('webgpu', async () => {
    const l = adapter.limits;
    const device = await adapter.requestDevice({
      requiredFeatures: adapter.features.has('timestamp-query') ? ['timestamp-query'] : [],
      requiredLimits: {
        maxComputeWorkgroupStorageSize: l.maxComputeWorkgroupStorageSize,
        maxComputeWorkgroupsPerDimension: l.maxComputeWorkgroupsPerDimension,
        maxStorageBufferBindingSize: l.maxStorageBufferBindingSize,
        maxBufferSize: l.maxBufferSize,
        maxComputeWorkgroupSizeX: l.maxComputeWorkgroupSizeX,
        maxComputeInvocationsPerWorkgroup: l.maxComputeInvocationsPerWorkgroup,
      },
    });
    return new WebGPUBackend(device, adapter.info);
  }, 0);
  return gpu;
}
