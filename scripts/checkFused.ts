/**
 * `npm run check-fused -- [--backend webgpu|wasm|cpu]`: every fused kernel
 * (core/nn) against its unfused reference on one Node backend, forward and
 * gradient, printed as a table of relative errors. The unit tests do the same
 * on whatever adapter this machine has (SwiftShader here); this is the command
 * to run on a machine with a real GPU and its Vulkan driver, where Dawn's
 * adapter is that GPU. Exit 1 when an error is above REL_TOL, 2 on bad arguments.
 */
import { initNodeBackend, type NodeBackend } from '../src/core/backend/nodeBackend';
import { nodeWebGPUAdapter } from '../src/core/backend/nodeWebgpu';
import { checkCase, FUSED_CASES, REL_TOL } from '../src/core/nn/fusedCases';

const BACKENDS: readonly NodeBackend[] = ['webgpu', 'wasm', 'cpu'];
const isBackend = (s: string): s is NodeBackend => (BACKENDS as readonly string[]).includes(s);

export async function main(args: string[]): Promise<number> {
  const i = args.indexOf('--backend');
  const name = i >= 0 ? args[i + 1] : 'webgpu';
  if (!isBackend(name)) {
    console.error(`--backend: '${name}' is not one of ${BACKENDS.join(', ')}`);
    return 2;
  }
  const tf = await initNodeBackend(name);
  const adapter = name === 'webgpu' ? ` (${(await nodeWebGPUAdapter())?.description ?? 'no adapter'})` : '';
  console.log(`fused kernels on ${tf.getBackend()}${adapter}, relative to the unfused ops; tolerance ${REL_TOL}\n`);
  console.log('| kernel | forward | worst gradient | verdict |\n|---|---|---|---|');
  let failed = 0;
  for (const c of FUSED_CASES) {
    const r = await checkCase(c);
    const worst = Math.max(...r.grads);
    const ok = r.forward < REL_TOL && worst < REL_TOL;
    if (!ok) failed++;
    console.log(`| ${c.name} | ${r.forward.toExponential(2)} | ${worst.toExponential(2)} | ${ok ? 'ok' : 'ABOVE TOLERANCE'} |`);
  }
  console.log(failed ? `\n${failed} kernel(s) above tolerance` : '\nall within tolerance');
  return failed ? 1 : 0;
}
