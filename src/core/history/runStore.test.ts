import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { RunRecord } from './runRecord';
import { MAX_RUNS_PER_PAPER, openRunStore } from './runStore';

const make = (id: string, slug: string, createdAt: number): RunRecord => ({
  id, slug, name: id, createdAt, params: {}, seed: 1, preset: 'tiny', backend: null, adapter: null,
  durationMs: 0, end: 'done', rows: [{ step: 1, values: { loss: createdAt } }], artifacts: {}, droppedArtifacts: [],
});

describe('the run store', () => {
  it('lists a panel’s runs newest first; renames and removes', async () => {
    const store = openRunStore();
    await store.put(make('a', 'gopher', 1));
    await store.put(make('b', 'gopher', 3));
    await store.put(make('c', 'chinchilla', 2));
    expect((await store.list('gopher')).map((r) => r.id)).toEqual(['b', 'a']);
    await store.rename('a', 'first try');
    expect((await store.get('a'))?.name).toBe('first try');
    await store.remove('b');
    expect((await store.list('gopher')).map((r) => r.id)).toEqual(['a']);
    expect((await store.list('chinchilla')).map((r) => r.id)).toEqual(['c']);
  });

  it('keeps only the newest runs of a panel', async () => {
    const store = openRunStore();
    for (let i = 0; i < MAX_RUNS_PER_PAPER + 3; i++) await store.put(make(`r${i}`, 'rims', 100 + i));
    const runs = await store.list('rims');
    expect(runs.length).toBe(MAX_RUNS_PER_PAPER);
    expect(runs[runs.length - 1].id).toBe('r3');
  });
});
