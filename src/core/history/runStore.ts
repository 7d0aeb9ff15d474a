/**
 * Run history in IndexedDB (through `idb`): one object store of RunRecords
 * keyed by id, indexed by panel. Each panel keeps its newest MAX_RUNS_PER_PAPER
 * runs; older ones are removed when a new one is saved.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RunRecord } from './runRecord';

export const MAX_RUNS_PER_PAPER = 50;
const DB_NAME = 'paper-notebook';

interface HistoryDb extends DBSchema {
  runs: { key: string; value: RunRecord; indexes: { slug: string } };
}

export interface RunStore {
  /** A panel's runs, newest first. */
  list(slug: string): Promise<RunRecord[]>;
  get(id: string): Promise<RunRecord | undefined>;
  put(run: RunRecord): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
}

export function openRunStore(): RunStore {
  let db: Promise<IDBPDatabase<HistoryDb>> | null = null;
  const open = () =>
    (db ??= openDB<HistoryDb>(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('runs', { keyPath: 'id' }).createIndex('slug', 'slug');
      },
    }));
  const list = async (slug: string) => (await (await open()).getAllFromIndex('runs', 'slug', slug)).sort((a, b) => b.createdAt - a.createdAt);
  return {
    list,
    get: async (id) => (await open()).get('runs', id),
    async put(run) {
      const d = await open();
      await d.put('runs', run);
      const old = (await list(run.slug)).slice(MAX_RUNS_PER_PAPER);
      const tx = d.transaction('runs', 'readwrite');
      await Promise.all([...old.map((r) => tx.store.delete(r.id)), tx.done]);
    },
    async rename(id, name) {
      const d = await open();
      const run = await d.get('runs', id);
      if (run) await d.put('runs', { ...run, name });
    },
    remove: async (id) => (await open()).delete('runs', id),
  };
}
