/**
 * A value a panel computes off the main thread from an input, latest input
 * wins: "real data before any run" that takes more than a frame to make (a
 * data set and its layout, a crystal's density grid). The worker calls
 * core/workerCompute's `serveCompute`; it starts with the first input and is
 * terminated when the component unmounts. While a new input is computed the
 * previous value stays on screen.
 */
import { useEffect, useRef, useState } from 'react';
import type { ComputeReply, ComputeRequest } from '../core/workerCompute';

export interface WorkerResult<O> {
  value: O | null;
  error: string | null;
  /** A computation for the latest input is under way. */
  busy: boolean;
}

/** `makeWorker` must be a stable function (module level), so the worker is made once. */
export function useWorkerResult<I, O>(makeWorker: () => Worker, input: I | null): WorkerResult<O> {
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  // The latest reply and the input it answers; `busy` is derived from whether that is the current input.
  const [reply, setReply] = useState<{ input: I; value: O | null; error: string | null } | null>(null);

  useEffect(() => () => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => {
    if (input === null) return;
    const w = (worker.current ??= makeWorker());
    const id = ++lastId.current;
    const onReply = (e: MessageEvent<ComputeReply<O>>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onReply);
      const r = e.data;
      setReply((prev) => ('error' in r ? { input, value: prev?.value ?? null, error: r.error } : { input, value: r.value, error: null }));
    };
    w.addEventListener('message', onReply);
    const request: ComputeRequest<I> = { id, input };
    w.postMessage(request);
    return () => w.removeEventListener('message', onReply);
  }, [makeWorker, input]);

  if (input === null) return { value: null, error: null, busy: false };
  return { value: reply?.value ?? null, error: reply?.error ?? null, busy: reply?.input !== input };
}
