/**
 * The protocol of a small compute worker: the page posts `{id, input}`, the
 * worker answers `{id, value}` or `{id, error}`. `serveCompute(fn)` is the
 * whole worker side; ui/useWorkerResult is the page side.
 */
export interface ComputeRequest<I> {
  id: number;
  input: I;
}

export type ComputeReply<O> = { id: number; value: O } | { id: number; error: string };

/** Answers every request with `fn(input)` (or what its promise gives), or the error it throws. Call once at a worker's top level. */
export function serveCompute<I, O>(fn: (input: I) => O | Promise<O>): void {
  // In a dedicated worker globalThis is the worker scope; its postMessage takes no target origin.
  globalThis.addEventListener('message', (e: MessageEvent<ComputeRequest<I>>) => {
    const { id, input } = e.data;
    Promise.resolve()
      .then(() => fn(input))
      .then(
        (value): ComputeReply<O> => ({ id, value }),
        (err: unknown): ComputeReply<O> => ({ id, error: err instanceof Error ? err.message : String(err) }),
      )
      .then((reply) => globalThis.postMessage(reply));
  });
}
