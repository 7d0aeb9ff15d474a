/**
 * A paper's preset run outside the page, for claims (and anything else that
 * needs a finished run): the preset's params with overrides, run to its end
 * through runToEnd. Runs are shared: claims that ask for the same (experiment,
 * preset, overrides, seed, backend) get the same promise, and each waiter sees
 * its progress. A run that fails or is stopped is forgotten, so the next caller
 * starts afresh; a failure throws with the driver's message.
 */
import type { BackendName } from '../backend/backendNames';
import type { ExperimentDef, Tf } from '../experiment';
import { checkPresetName, presetParams } from '../params/presets';
import type { ParamsOf, Schema } from '../params/schema';
import { runToEnd, type FinishedRun } from './runToEnd';

export interface PresetRunOptions {
  tf: Tf;
  backend: BackendName;
  seed: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number, label?: string) => void;
}

export interface PresetRun<P, A extends object, M extends string> extends FinishedRun<A, M> {
  params: P;
  seed: number;
}

type Listener = (fraction: number, label?: string) => void;
interface Shared {
  promise: Promise<unknown>;
  listeners: Set<Listener>;
}

/** Per experiment definition, the runs going or finished, by key. */
const shared = new WeakMap<object, Map<string, Shared>>();

/** Forgets every finished run (tests that count starts; a long-lived process that wants memory back). */
export function forgetPresetRuns(def: ExperimentDef<Schema, object, string>): void {
  shared.delete(def);
}

export function presetRun<S extends Schema, A extends object, M extends string>(
  def: ExperimentDef<S, A, M>,
  preset: string,
  overrides: Partial<ParamsOf<S>>,
  o: PresetRunOptions,
): Promise<PresetRun<ParamsOf<S>, A, M>> {
  checkPresetName(def.presets, preset, 'this experiment');
  const params: ParamsOf<S> = { ...presetParams(def.schema, def.presets, preset), ...overrides };
  const key = JSON.stringify([preset, overrides, o.seed, o.backend]);
  const runs = shared.get(def) ?? new Map<string, Shared>();
  shared.set(def, runs);
  let entry = runs.get(key);
  if (!entry) {
    const listeners = new Set<Listener>();
    const started = (async (): Promise<PresetRun<ParamsOf<S>, A, M>> => {
      const run = await runToEnd(def.run, params, { tf: o.tf, backend: o.backend, seed: o.seed, signal: o.signal, onProgress: (f, l) => listeners.forEach((fn) => fn(f, l)) });
      if (run.status.state === 'error') throw new Error(run.status.message ?? 'the run stopped with an error');
      if (run.status.state !== 'done') throw new Error(`the ${preset} run was stopped before it finished`);
      return { ...run, params, seed: o.seed };
    })();
    started.catch(() => runs.delete(key));
    entry = { promise: started, listeners };
    runs.set(key, entry);
  }
  const { listeners } = entry;
  if (o.onProgress) listeners.add(o.onProgress);
  // The entry under this key was started by this function for this definition, with these params.
  const promise = entry.promise as Promise<PresetRun<ParamsOf<S>, A, M>>;
  return promise.finally(() => {
    if (o.onProgress) listeners.delete(o.onProgress);
  });
}
