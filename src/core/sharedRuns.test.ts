import { describe, expect, it } from 'vitest';
import { initNodeBackend } from './backend/nodeBackend';
import type { Experiment } from './experiment';
import { Rng } from './rng';
import { collectArtifacts, SharedRuns } from './sharedRuns';

describe('SharedRuns', () => {
  it('starts one run per key, shares it, and forwards progress to every waiter', async () => {
    const shared = new SharedRuns<number>();
    let starts = 0;
    const seen: number[][] = [[], []];
    const start = async (report: (f: number) => void) => {
      starts++;
      await new Promise((r) => setTimeout(r, 10));
      report(0.5);
      return 42;
    };
    const [a, b] = await Promise.all([shared.get('k', start, (f) => seen[0].push(f)), shared.get('k', start, (f) => seen[1].push(f))]);
    expect([a, b, starts]).toEqual([42, 42, 1]);
    expect(seen).toEqual([[0.5], [0.5]]);
  });

  it('forgets a failed run so the next caller starts again', async () => {
    const shared = new SharedRuns<number>();
    await expect(shared.get('k', async () => { throw new Error('stopped'); })).rejects.toThrow('stopped');
    await expect(shared.get('k', async () => 7)).resolves.toBe(7);
  });
});

describe('collectArtifacts', () => {
  const exp: Experiment<{ n: number }> = async function* (p) {
    for (let i = 1; i <= p.n; i++) {
      yield { kind: 'progress', done: i, total: p.n };
      yield { kind: 'artifact', name: 'last', data: i };
    }
  };
  it('returns the last artifact of each name and reports progress', async () => {
    const tf = await initNodeBackend('cpu');
    const fractions: number[] = [];
    const got = await collectArtifacts(exp, { n: 4 }, { tf, rng: new Rng(1), backend: 'cpu', signal: new AbortController().signal }, (f) => fractions.push(f));
    expect(got).toEqual({ last: 4 });
    expect(fractions).toEqual([0.25, 0.5, 0.75, 1]);
  });
  it('throws when the signal was aborted', async () => {
    const tf = await initNodeBackend('cpu');
    const ac = new AbortController();
    ac.abort();
    await expect(collectArtifacts(exp, { n: 2 }, { tf, rng: new Rng(1), backend: 'cpu', signal: ac.signal }, () => {})).rejects.toThrow(/stopped/);
  });
});
