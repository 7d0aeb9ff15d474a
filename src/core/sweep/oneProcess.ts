/**
 * The reference a sweep is compared with: the paper's experiment run start to
 * end in this process, through the same driver and recorder as the panel, so
 * its rows and artifacts are what the panel would have stored.
 */
import type { BackendName } from '../backend/backendNames';
import type { Experiment, Tf } from '../experiment';
import { driveExperiment } from '../runner/driveExperiment';
import { RunControl } from '../runner/RunControl';
import { RunRecorder, type Recording } from '../runner/RunRecorder';
import type { RunStatus } from '../runner/protocol';

export async function recordExperiment<P extends object>(
  experiment: Experiment<P>,
  params: P,
  seed: number,
  tf: Tf,
  backend: BackendName,
  onProgress?: (fraction: number) => void,
): Promise<{ recording: Recording; status: RunStatus; ms: number }> {
  const recorder = new RunRecorder();
  const t0 = performance.now();
  const status = await driveExperiment({
    experiment, params, seed, tf, backend, control: new RunControl(), flushMs: 250,
    onBatch: (b) => {
      recorder.add(b);
      if (b.progress && b.progress.total > 0) onProgress?.(b.progress.done / b.progress.total);
    },
  });
  return { recording: recorder.getSnapshot(), status, ms: performance.now() - t0 };
}
