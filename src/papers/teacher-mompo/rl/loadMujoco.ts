/**
 * MuJoCo's official WASM build (`@mujoco/mujoco`), loaded on first use so
 * that only panels with physics pay for its 10 MB module. Works in a Vite
 * module worker (the .wasm is emitted as an asset) and in Node (tests, claims).
 */
import type { MainModule } from '@mujoco/mujoco';

export type Mujoco = MainModule;

let loading: Promise<Mujoco> | null = null;

/** The one MuJoCo module of this thread; later calls share the first load. */
export function loadMujoco(): Promise<Mujoco> {
  loading ??= import('@mujoco/mujoco').then((m) => m.default()).catch((e: unknown) => {
    loading = null;
    throw new Error(`MuJoCo failed to load: ${e instanceof Error ? e.message : String(e)}`);
  });
  return loading;
}
