import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveCompute, type ComputeReply } from './workerCompute';

describe('serveCompute (the worker side)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers each request by id with the value, awaiting a promise, or with the error message', async () => {
    const listeners: ((e: { data: unknown }) => void)[] = [];
    const posted: ComputeReply<number>[] = [];
    vi.stubGlobal('addEventListener', (_type: string, f: (e: { data: unknown }) => void) => listeners.push(f));
    vi.stubGlobal('postMessage', (m: ComputeReply<number>) => posted.push(m));
    serveCompute(async (x: number) => {
      if (x < 0) throw new Error('negative input');
      return 2 * x;
    });
    listeners[0]({ data: { id: 1, input: 2 } });
    listeners[0]({ data: { id: 2, input: -1 } });
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(posted).toEqual([{ id: 1, value: 4 }, { id: 2, error: 'negative input' }]);
  });
});
