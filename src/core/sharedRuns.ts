/**
 * Several claims of a paper often need the same expensive run (a sweep, a
 * family of models). SharedRuns starts it once per key and hands the same
 * promise to every claim that asks, forwarding progress to all of them. A run
 * that fails or is stopped is forgotten, so the next claim starts afresh.
 */
import type { Experiment, RunContext } from './experiment';

export type ProgressListener = (fraction: number, label?: string) => void;

interface Entry<T> {
  promise: Promise<T>;
  listeners: Set<ProgressListener>;
}

export class SharedRuns<T> {
  private readonly entries = new Map<string, Entry<T>>();

  get(key: string, start: (report: ProgressListener) => Promise<T>, onProgress?: ProgressListener): Promise<T> {
    let entry = this.entries.get(key);
    if (!entry) {
      const listeners = new Set<ProgressListener>();
      const promise = start((f, l) => listeners.forEach((fn) => fn(f, l)));
      entry = { promise, listeners };
      this.entries.set(key, entry);
      promise.catch(() => this.entries.delete(key));
    }
    const { listeners } = entry;
    if (onProgress) listeners.add(onProgress);
    return entry.promise.finally(() => {
      if (onProgress) listeners.delete(onProgress);
    });
  }
}

/**
 * Runs an experiment to its end outside the runner and returns its last
 * artifact of each name; progress goes to `report`. Throws when stopped.
 */
export async function collectArtifacts<P>(
  experiment: Experiment<P>,
  params: P,
  ctx: Omit<RunContext<P>, 'live'>,
  report: ProgressListener,
): Promise<Record<string, unknown>> {
  const artifacts: Record<string, unknown> = {};
  for await (const ev of experiment(params, { ...ctx, live: () => params })) {
    if (ev.kind === 'progress') report(ev.total > 0 ? ev.done / ev.total : 0, ev.label);
    else if (ev.kind === 'artifact') artifacts[ev.name] = ev.data;
  }
  if (ctx.signal.aborted) throw new Error('the shared run was stopped before it finished');
  return artifacts;
}
