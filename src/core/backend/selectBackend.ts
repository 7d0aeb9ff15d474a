/**
 * Picks the tfjs backend for a run: the link's `backend=` if given, else
 * WebGPU, WebGL, WASM, CPU in that order; each candidate must initialise,
 * pass the smoke test and have every kernel the experiment needs. Every skip
 * becomes a notice in words.
 */
import { BACKEND_ORDER, type BackendName } from './backendNames';
import type { Tf } from '../experiment';
import { missingKernels, smokeTest } from './smokeTest';

export interface BackendNeeds {
  preferred: BackendName | null;
  allowed?: readonly BackendName[];
  kernels?: readonly string[];
}

export interface Selection {
  active: BackendName;
  notices: string[];
}

const NAMES: Record<BackendName, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

export function candidates(needs: BackendNeeds): BackendName[] {
  const allowed = needs.allowed ?? BACKEND_ORDER;
  const order = BACKEND_ORDER.filter((b) => allowed.includes(b));
  if (needs.preferred && order.includes(needs.preferred)) {
    return [needs.preferred, ...order.filter((b) => b !== needs.preferred)];
  }
  return order;
}

/** Initialise + self-test results per backend; a worker keeps one for its lifetime. */
export type BackendHealth = Map<BackendName, string | null>;

/** Why `name` cannot run the experiment, or null when it can. Leaves `name` active when it can. */
export async function checkBackend(
  tf: Tf,
  name: BackendName,
  kernels: readonly string[],
  health: BackendHealth,
): Promise<string | null> {
  const ok = await tf.setBackend(name).catch(() => false);
  if (!ok) return `${NAMES[name]} is not available in this browser`;
  const missing = missingKernels(tf, name, kernels);
  if (missing.length) return `${NAMES[name]} lacks the kernel${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
  if (!health.has(name)) {
    const failed = await smokeTest(tf);
    health.set(name, failed ? `${NAMES[name]} failed its self-test (${failed})` : null);
  }
  return health.get(name) ?? null;
}

export async function selectBackend(tf: Tf, needs: BackendNeeds, health: BackendHealth): Promise<Selection> {
  const notices: string[] = [];
  const list = candidates(needs);
  if (needs.preferred && !list.includes(needs.preferred)) {
    notices.push(`This experiment does not run on ${NAMES[needs.preferred]}.`);
  }
  for (const name of list) {
    const why = await checkBackend(tf, name, needs.kernels ?? [], health);
    if (why === null) {
      if (notices.length) notices.push(`Using ${NAMES[name]}.`);
      return { active: name, notices };
    }
    notices.push(why);
  }
  throw new Error(`No tfjs backend works here: ${notices.join('; ')}`);
}

export function backendLabel(name: BackendName): string {
  return NAMES[name];
}
