/**
 * Runs an experiment start to end outside the page, through the same driver
 * as the worker (NaN/Inf stop, tensor accounting, segments, replayed tweaks)
 * and the same recorder as the panel, so what it returns is what the panel
 * would have shown and stored. The one loop for claims, sweeps, recordings,
 * soak runs and tests.
 */
import type { BackendName } from '../backend/backendNames';
import { eraseExperiment, type Experiment, type Tf } from '../experiment';
import type { Tweak } from '../params/tweaks';
import type { NamedWeights } from '../weights/namedWeights';
import { driveExperiment } from './driveExperiment';
import type { Checkpoint, RunStatus } from './protocol';
import { RunControl } from './RunControl';
import { RunRecorder, type Recording } from './RunRecorder';

export interface RunToEndOptions {
  tf: Tf;
  backend: BackendName;
  seed: number;
  /** Stops the run (it then ends 'stopped'). */
  signal?: AbortSignal;
  /** Progress as a fraction of the experiment's own total, with its label. */
  onProgress?: (fraction: number, label?: string) => void;
  tweaks?: readonly Tweak[];
  weights?: NamedWeights;
  /** Continue after a checkpoint (whose weights are `weights`): DriveOptions.resume. */
  resume?: { step: number; rows: number };
}

export interface FinishedRun<A extends object, M extends string> {
  recording: Recording<A, M>;
  status: RunStatus;
  /** The last point the run could be resumed from, if its experiment sends checkpoints. */
  checkpoint: Checkpoint | null;
  /** Wall time of the whole run, in seconds. */
  seconds: number;
}

export async function runToEnd<P extends object, A extends object, M extends string>(
  experiment: Experiment<P, A, M>,
  params: P,
  o: RunToEndOptions,
): Promise<FinishedRun<A, M>> {
  const recorder = new RunRecorder<A, M>();
  const control = new RunControl();
  const stop = () => control.stop();
  if (o.signal?.aborted) control.stop();
  o.signal?.addEventListener('abort', stop);
  const t0 = performance.now();
  try {
    const status = await driveExperiment({
      experiment: eraseExperiment(experiment), params, seed: o.seed, tf: o.tf, backend: o.backend, control, tweaks: o.tweaks, weights: o.weights, resume: o.resume,
      // Nobody watches a run outside the page: batch rarely, yield rarely.
      flushMs: 1000,
      yieldEveryMs: 1000,
      onBatch: (b) => {
        recorder.add(b);
        if (b.progress) o.onProgress?.(b.progress.total > 0 ? b.progress.done / b.progress.total : 0, b.progress.label);
      },
    });
    return { recording: recorder.getSnapshot(), status, checkpoint: recorder.checkpoint, seconds: (performance.now() - t0) / 1000 };
  } finally {
    o.signal?.removeEventListener('abort', stop);
  }
}
