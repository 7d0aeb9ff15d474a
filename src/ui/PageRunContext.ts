/**
 * The page's main run, for the notebook tools around a panel (run history,
 * export, result links, keyboard). A panel calls useExperimentRun as usual;
 * the hook publishes its run here, so no panel wires these tools itself.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ExperimentRun } from './useExperimentRun';

export type AnyRun = ExperimentRun<Record<string, unknown>>;

export class PageRunSlot {
  private run: AnyRun | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): AnyRun | null => this.run;

  set(run: AnyRun | null): void {
    if (run === this.run) return;
    this.run = run;
    for (const l of this.listeners) l();
  }
}

export const PageRunContext = createContext<PageRunSlot | null>(null);

export function usePageRun(): AnyRun | null {
  const slot = useContext(PageRunContext);
  return useSyncExternalStore(slot?.subscribe ?? noSubscribe, slot?.getSnapshot ?? noRun);
}

const noSubscribe = () => () => {};
const noRun = () => null;
