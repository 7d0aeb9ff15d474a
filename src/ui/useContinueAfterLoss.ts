/**
 * After the runner dies under a run (a lost GPU device, a crashed worker):
 * the run can go on from its last checkpoint (RunEvent 'checkpoint') in a
 * fresh worker (on another backend after a lost device), with the rows up to the checkpoint kept,
 * the values the run had there, the changes its link schedules later, and the
 * checkpoint's weights and optimiser state. Each move is kept as a
 * BackendChange for the run bar and the run's record.
 */
import { useCallback, useState } from 'react';
import type { BackendName } from '../core/backend/backendNames';
import type { BackendChange } from '../core/history/runRecord';
import type { LinkState } from '../core/params/codec';
import { applyTweaks } from '../core/params/tweaks';
import type { RunStatus } from '../core/runner/protocol';
import type { RunRecorder } from '../core/runner/RunRecorder';
import { useRunnerClient, useRunnerSnapshot } from './RunnerContext';

export interface ContinueAfterLoss {
  /** Where the run can go on, and on which backends; null unless the runner died under it after a checkpoint. */
  resumable: { step: number; backends: BackendName[] } | null;
  /** Goes on from the last checkpoint on `backend`, in a fresh worker. */
  continueOn(backend: BackendName): Promise<RunStatus | null>;
  /** Where this run moved to another backend, in order. */
  backendChanges: readonly BackendChange[];
  /** A new run starts: it has moved nowhere yet. */
  forget(): void;
}

/** Where a run can go on: the backends that passed their self-test (WebGPU aside after a lost device); WASM at least. */
export function fallbackBackends(available: readonly BackendName[] | undefined, deviceLost: boolean): BackendName[] {
  const others = (available ?? []).filter((b) => !deviceLost || b !== 'webgpu');
  return others.length ? others : ['wasm'];
}

export function useContinueAfterLoss<P extends Readonly<Record<string, unknown>>>(o: {
  slug: string;
  recorder: RunRecorder;
  /** The page's own live run is the one on screen (not a stored or recorded one). */
  ownRun: boolean;
  /** What the run on screen started with. */
  startedWith: LinkState<P> | null;
  prepare?: (params: P) => P;
  /** Called as the run goes on, before its first batch (the page counts it as a new run, so its history keeps the whole). */
  onContinue(): void;
}): ContinueAfterLoss {
  const client = useRunnerClient();
  const snapshot = useRunnerSnapshot();
  const [backendChanges, setBackendChanges] = useState<BackendChange[]>([]);
  const forget = useCallback(() => setBackendChanges([]), []);
  const { recorder, startedWith } = o;
  const checkpoint = o.ownRun && snapshot.worker === 'crashed' ? recorder.checkpoint : null;
  return {
    resumable: checkpoint && startedWith ? { step: checkpoint.step, backends: fallbackBackends(snapshot.backend?.available, snapshot.deviceLost) } : null,
    backendChanges,
    forget,
    async continueOn(backend) {
      const from = recorder.checkpoint;
      if (!from || !startedWith) return null;
      const change: BackendChange = { afterRows: from.rows, step: from.step, from: snapshot.backend?.active ?? null, to: backend, reason: snapshot.workerError ?? snapshot.run.message ?? 'The runner stopped.' };
      await client.restart(backend);
      recorder.backTo(from);
      setBackendChanges((c) => [...c, change]);
      o.onContinue();
      // The values at the checkpoint (the run's changes so far applied); the changes its link schedules later still come.
      const params = applyTweaks(startedWith.params, recorder.getSnapshot().tweaks);
      const later = startedWith.tweaks.filter((t) => t.after > from.rows);
      return client.start(
        { id: o.slug, params: o.prepare ? o.prepare(params) : params, seed: startedWith.seed, backend, tweaks: later, weights: from.weights, resume: { step: from.step, rows: from.rows } },
        (b) => recorder.add(b),
      );
    },
  };
}
