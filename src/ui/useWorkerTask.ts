/**
 * A task a component runs on its own Comlink worker when the reader asks (fit
 * an uploaded CSV, explore a trained model): the worker is made on first use
 * and terminated with the component; `busy` and `error` follow the task. For a
 * value recomputed from an input as it changes, see useWorkerResult.
 */
import * as Comlink from 'comlink';
import { useEffect, useRef, useState } from 'react';

export interface WorkerTask<T> {
  /** Runs `task` with the worker's API; a throw becomes `error`. */
  run(task: (api: Comlink.Remote<T>) => Promise<void>): Promise<void>;
  busy: boolean;
  error: string | null;
  setError(message: string | null): void;
}

/** `makeWorker` must be a stable function (module level), holding the `new Worker(new URL(…))` the bundler sees. */
export function useWorkerTask<T>(makeWorker: () => Worker): WorkerTask<T> {
  const worker = useRef<{ w: Worker; api: Comlink.Remote<T> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => () => worker.current?.w.terminate(), []);

  const run = async (task: (api: Comlink.Remote<T>) => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      if (!worker.current) {
        const w = makeWorker();
        worker.current = { w, api: Comlink.wrap<T>(w) };
      }
      await task(worker.current.api);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, setError };
}
