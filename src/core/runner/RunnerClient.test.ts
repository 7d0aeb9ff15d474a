import { describe, expect, it } from 'vitest';
import { RunnerClient } from './RunnerClient';

/** A worker whose module never loads: it answers no message and, a moment later, reports an error. */
class DeadWorker extends EventTarget {
  postMessage(): void {}
  terminate(): void {}
  fail(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

describe('RunnerClient', () => {
  it('a worker that dies before answering ends the pending start with its error, not a hang', async () => {
    const worker = new DeadWorker();
    const client = new RunnerClient(() => worker);
    const started = client.start({ id: 'x', params: {}, seed: 1, backend: null }, () => undefined);
    setTimeout(() => worker.fail('Failed to fetch a module'), 10);
    const final = await started;
    expect(final.state).toBe('error');
    expect(final.message).toContain('Failed to fetch a module');
    expect(client.getSnapshot().worker).toBe('crashed');
  });
});
