import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../backend/nodeBackend';
import type { Claim } from '../claims';
import { parseClaimsJob, parseClaimsResult, runClaimsJob, type ClaimsJob } from './claimsJob';
import { describeJob, parseSweepJob } from './job';
import type { WorkerEnv } from './pointJob';

/** Claims that need no tensors: each reports the first draw of its seed's Rng, so the seed is visible in the outcome. */
const claim = (id: string, pass: boolean): Claim => ({
  id, statement: `${id} holds`, source: 'test', preset: 'tiny',
  async run(ctx) {
    ctx.onProgress?.(0.5);
    return { measured: `draw ${ctx.rng.nextUint32()}`, expected: 'anything', pass, detail: ctx.full ? 'full' : undefined };
  },
});
const claims = [claim('a', true), claim('b', false), { ...claim('c', true), run: () => Promise.reject(new Error('no data')) }];

const tf = await initNodeBackend('cpu');
const env = (over: Partial<WorkerEnv> = {}): WorkerEnv => ({
  grid: () => Promise.reject(new Error('no grids here')),
  tf, backend: 'cpu', commit: 'c1', worker: 'w', signal: new AbortController().signal, cache: new Map(),
  claims: async () => ({ claims }),
  ...over,
});
const job = (over: Partial<ClaimsJob> = {}): ClaimsJob => ({ kind: 'claims', sweepId: 'claims-x', point: 1, commit: 'c1', slug: 'p', seed: 7, claims: ['a', 'b', 'c'], full: false, ...over });

describe('claims jobs', () => {
  it('run the chosen claims for their seed in order, each from a fresh Rng; a throwing claim is a failed outcome', async () => {
    const fractions: number[] = [];
    const done = await runClaimsJob(job(), env(), (f) => fractions.push(f));
    const outcomes = parseClaimsResult(done.result);
    expect(outcomes.map((o) => [o.id, o.pass])).toEqual([['a', true], ['b', false], ['c', false]]);
    // Both tensor-free claims drew the first number of seed 7's Rng; seed 8 draws another.
    expect(outcomes[0].measured).toBe(outcomes[1].measured);
    const other = parseClaimsResult((await runClaimsJob(job({ seed: 8, claims: ['a'] }), env(), () => undefined)).result);
    expect(other[0].measured).not.toBe(outcomes[0].measured);
    expect(outcomes[2].detail).toBe('no data');
    expect([done.point, done.backend, done.worker]).toEqual([1, 'cpu', 'w']);
    expect(fractions).toContain(0.5 / 3);
    expect(fractions.at(-1)).toBe(1);
  });

  it('refuse a job from other code, claims this code lacks, and workers without claims', async () => {
    await expect(runClaimsJob(job({ commit: 'c0' }), env(), () => undefined)).rejects.toThrow(/worker w runs code c1 but claims run claims-x was submitted from c0: refused\..*submit it again/);
    await expect(runClaimsJob(job({ claims: ['a', 'zz'] }), env(), () => undefined)).rejects.toThrow("p has no claim 'zz' in this code. Its claims: a, b, c");
    await expect(runClaimsJob(job(), env({ claims: undefined }), () => undefined)).rejects.toThrow('worker w does not run claims jobs');
  });

  it('are told apart from sweep points on the wire and checked field by field', () => {
    expect(parseSweepJob(JSON.parse(JSON.stringify(job())))).toEqual(job());
    expect(parseSweepJob({ sweepId: 's', slug: 'x', query: '', point: 0, commit: 'c' })).toEqual({ sweepId: 's', slug: 'x', query: '', point: 0, commit: 'c' });
    expect(() => parseClaimsJob({ ...job(), seed: -1 })).toThrow('non-negative integer seed');
    expect(() => parseClaimsJob({ ...job(), claims: [] })).toThrow('list of claim ids');
    expect(() => parseClaimsResult([{ id: 'a' }])).toThrow('claim outcome 1: "statement" is not text');
    expect(describeJob(job())).toBe('claims of p, seed 7 (claims-x.1)');
  });
});
