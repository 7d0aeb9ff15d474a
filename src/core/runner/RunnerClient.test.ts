import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { IDLE_STATUS, type BackendReport } from './protocol';
import { RunnerClient } from './RunnerClient';
import type { WorkerApi } from './workerHost';

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

  it('a pause or a live change made while the run waits for the worker to boot reaches that run, after its start', async () => {
    const { port1, port2 } = new MessageChannel();
    const seen: string[] = [];
    let booted = () => undefined as void;
    const boot = new Promise<void>((r) => (booted = r));
    const report: BackendReport = { active: 'cpu', available: ['cpu'], adapter: null, notices: [] };
    // The worker's side, as far as the order of what it is told.
    const worker: WorkerApi = {
      init: async () => (await boot, report),
      probeBackends: async () => ['cpu'],
      start: async (req) => (seen.push(`start ${req.id}`), { ...IDLE_STATUS, state: 'done' }),
      pause: () => void seen.push('pause'),
      resume: () => void seen.push('resume'),
      step: () => void seen.push('step'),
      stop: () => void seen.push('stop'),
      edit: (name, value) => void seen.push(`edit ${name} ${String(value)}`),
      onDeviceLost: () => undefined,
    };
    Comlink.expose(worker, port2);
    const client = new RunnerClient(() => Object.assign(port1, { terminate: () => port1.close() }));
    const run = client.start({ id: 'x', params: {}, seed: 1, backend: null }, () => undefined);
    client.edit('lr', 0.03);
    client.pause();
    booted();
    expect((await run).state).toBe('done');
    expect(seen).toEqual(['start x', 'edit lr 0.03', 'pause']);
    port1.close();
  });
});

