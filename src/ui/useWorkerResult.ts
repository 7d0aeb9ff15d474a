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

/**
 * `makeWorker` must be a stable function (module level), so the worker is made
 * once. With `key`, the value is recomputed only when the key changes (a key
 * that names the fields the computation reads); without, whenever `input`
 * changes identity.
 */
export function useWorkerResult<I, O>(makeWorker: () => Worker, input: I | null, key?: string): WorkerResult<O> {
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const latest = useRef(input);
  // The latest reply and what it answers; `busy` is derived from whether that is the current trigger.
  const [reply, setReply] = useState<{ trigger: unknown; value: O | null; error: string | null } | null>(null);
  const trigger: unknown = input === null ? null : (key ?? input);

  useEffect(() => () => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  // Runs before the effect below in each commit, so that one posts the input of this render.
  useEffect(() => {
    latest.current = input;
  });

  useEffect(() => {
    const current = latest.current;
    if (trigger === null || current === null) return;
    const w = (worker.current ??= makeWorker());
    const id = ++lastId.current;
    const onReply = (e: MessageEvent<ComputeReply<O>>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onReply);
      const r = e.data;
      setReply((prev) => ('error' in r ? { trigger, value: prev?.value ?? null, error: r.error } : { trigger, value: r.value, error: null }));
    };
    w.addEventListener('message', onReply);
    const request: ComputeRequest<I> = { id, input: current };
    w.postMessage(request);
    return () => w.removeEventListener('message', onReply);
  }, [makeWorker, trigger]);

  if (trigger === null) return { value: null, error: null, busy: false };
  return { value: reply?.value ?? null, error: reply?.error ?? null, busy: reply?.trigger !== trigger };
}
