/** WebGPU adapter facts for the header and the Device page, without tfjs. */
import type { AdapterInfo } from '../runner/protocol';

const LIMITS = [
  'maxBufferSize',
  'maxStorageBufferBindingSize',
  'maxComputeWorkgroupStorageSize',
  'maxComputeInvocationsPerWorkgroup',
  'maxComputeWorkgroupsPerDimension',
] as const;

const keepAlive: GPUAdapter[] = [];
const SOFTWARE = /swiftshader|llvmpipe|lavapipe|software|microsoft basic render/i;

export async function readAdapterInfo(): Promise<AdapterInfo | null> {
  const gpu = (globalThis.navigator as Navigator | undefined)?.gpu;
  if (!gpu) return null;
  const adapter = await gpu.requestAdapter().catch(() => null);
  if (!adapter) return null;
  keepAlive.push(adapter);
  const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
  const limits: Record<string, number> = {};
  for (const k of LIMITS) limits[k] = Number(adapter.limits[k]);
  const text = `${info.vendor} ${info.architecture} ${info.device} ${info.description}`;
  return {
    vendor: info.vendor || 'unknown',
    architecture: info.architecture || 'unknown',
    device: info.device,
    description: info.description,
    software: Boolean(info.isFallbackAdapter) || SOFTWARE.test(text),
    limits,
  };
}
