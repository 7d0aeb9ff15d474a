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
/** A browser whose GPU process is wedged may never answer requestAdapter; the run goes on without the facts. */
const ADAPTER_WAIT_MS = 10_000;
const SOFTWARE = /swiftshader|llvmpipe|lavapipe|software|microsoft basic render/i;

export async function readAdapterInfo(): Promise<AdapterInfo | null> {
  const gpu = (globalThis.navigator as Navigator | undefined)?.gpu;
  if (!gpu) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ADAPTER_WAIT_MS)));
  const adapter = await Promise.race([gpu.requestAdapter().catch(() => null), late]);
  clearTimeout(timer);
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
