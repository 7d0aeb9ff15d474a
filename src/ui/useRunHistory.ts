/**
 * Keeps every finished or stopped live run of the page in the run store, and
 * lists the panel's stored runs. A run that is reset mid-way, or replaced by a
 * restart (a restart field changed), is kept as stopped, with what it had
 * recorded so far.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EndState, RunRecord } from '../core/history/runRecord';
import { keepSmallArtifacts } from '../core/history/runRecord';
import type { RunStore } from '../core/history/runStore';
import { storageProblem } from '../core/history/storageProblem';
import type { Recording } from '../core/runner/RunRecorder';
import { inProgress, type RunStatus } from '../core/runner/protocol';
import type { AnyRun } from './PageRunContext';
import { useRunnerSnapshot } from './RunnerContext';

export interface RunHistory {
  runs: RunRecord[];
  error: string | null;
  refresh(): Promise<void>;
  save(run: RunRecord): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Where a run ran, in words: the tfjs backend and the adapter. */
export function useWhere(): { backend: string | null; adapter: string | null } {
  const b = useRunnerSnapshot().backend;
  return { backend: b?.active ?? null, adapter: b?.adapter ? `${b.adapter.vendor} ${b.adapter.architecture}`.trim() : null };
}

/** A record of the run on screen: the stored or recorded one when it came from there, otherwise built from the recording. */
export function recordOf(
  run: AnyRun,
  recording: Recording,
  where: { backend: string | null; adapter: string | null },
  end: EndState,
): RunRecord {
  if (run.origin.kind === 'history' || run.origin.kind === 'recorded') return run.origin.run;
  const started = run.startedWith ?? { params: run.params, seed: run.seed, preset: run.preset, backend: run.backend, run: false };
  const { kept, dropped } = keepSmallArtifacts(recording.artifacts);
  const createdAt = Date.now();
  return {
    id: crypto.randomUUID(),
    slug: run.page.slug,
    name: `${started.preset} · ${new Date(createdAt).toLocaleString()}`,
    createdAt,
    params: { ...started.params },
    // What the run applied (a stopped run never reached the changes its link scheduled later).
    ...(recording.tweaks.length ? { tweaks: [...recording.tweaks] } : {}),
    seed: started.seed,
    preset: started.preset,
    // The backend the run started on; where it moved after that, in backendChanges.
    backend: run.origin.kind === 'link' ? run.origin.payload.backend : run.backendChanges[0]?.from ?? where.backend,
    adapter: run.origin.kind === 'link' ? run.origin.payload.adapter : where.adapter,
    ...(run.backendChanges.length ? { backendChanges: [...run.backendChanges] } : {}),
    durationMs: run.status.activeMs,
    end,
    message: run.status.message,
    rows: [...recording.rows],
    artifacts: kept,
    droppedArtifacts: dropped,
  };
}

const ENDED = new Set(['done', 'stopped', 'error']);

export function useRunHistory(run: AnyRun | null, store: RunStore | null): RunHistory {
  const slug = run?.page.slug ?? null;
  const where = useWhere();
  const [runs, setRuns] = useState<RunRecord[]>([]);
  const [error, setError] = useState<string | null>(store ? null : 'Run history is unavailable in this browser (no IndexedDB).');
  const fail = (e: unknown) => setError(`Run history: ${storageProblem(e)}`);

  const refresh = useCallback(async () => {
    if (!store || !slug) return;
    try {
      setRuns(await store.list(slug));
    } catch (e) {
      fail(e);
    }
  }, [store, slug]);
  useEffect(() => {
    if (!store || !slug) return;
    let alive = true;
    store.list(slug).then((r) => alive && setRuns(r), (e: unknown) => alive && fail(e));
    return () => {
      alive = false;
    };
  }, [store, slug]);

  const save = useCallback(async (r: RunRecord) => {
    if (!store) return;
    try {
      await store.put(r);
      await refresh();
    } catch (e) {
      // The run stays on screen and in the Export menu; only keeping it in this browser failed.
      setError(`This run was not kept in this browser: ${storageProblem(e)} It is still on screen: Export → Whole run saves it as a file.`);
    }
  }, [store, refresh]);

  // The live run as last seen, with its recording, kept so a reset (which puts the recorded run or
  // nothing back on screen, and so changes the page's origin) still saves what ran.
  const lastLive = useRef<{ run: AnyRun; recording: Recording } | null>(null);
  const prevState = useRef<RunStatus['state']>('idle');
  const state = run?.status.state ?? 'idle';
  // The run (by its number) last saved, so a finished run still on screen is not saved again.
  const saved = useRef<number | null>(null);
  useEffect(() => {
    if (!run || run.origin.kind !== 'live') return;
    // A restart replaced the run before its end was seen: keep the one replaced, as stopped.
    const replaced = lastLive.current;
    if (replaced && replaced.run.runNumber !== run.runNumber) {
      lastLive.current = null;
      saved.current = replaced.run.runNumber;
      void save(recordOf({ ...replaced.run, status: { ...replaced.run.status, state: 'stopped' } }, replaced.recording, where, 'stopped'));
    }
    if (run.recording.rows.length > 0 && run.runNumber !== saved.current) lastLive.current = { run, recording: run.recording };
  });
  useEffect(() => {
    const was = prevState.current;
    prevState.current = state;
    if (!run || !inProgress(was) || !ENDED.has(state)) return;
    const live = lastLive.current;
    lastLive.current = null;
    if (live) saved.current = live.run.runNumber;
    if (live && live.recording.rows.length > 0) void save(recordOf({ ...live.run, status: run.status }, live.recording, where, state as EndState));
  }, [state, run, save, where]);

  return {
    runs,
    error,
    refresh,
    save,
    rename: async (id, name) => {
      if (!store) return;
      await store.rename(id, name).catch(fail);
      await refresh();
    },
    remove: async (id) => {
      if (!store) return;
      await store.remove(id).catch(fail);
      await refresh();
    },
  };
}
