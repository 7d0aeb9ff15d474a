/**
 * The runner's worker side: owns the tfjs backend, runs one experiment at a
 * time through driveExperiment, and answers the page over comlink.
 */
import * as Comlink from 'comlink';
import { readAdapterInfo } from '../backend/adapterInfo';
import { BACKEND_ORDER, type BackendName } from '../backend/backendNames';
import { tf, webgpuDevice } from '../backend/browserBackends';
import { checkBackend, selectBackend, type BackendHealth } from '../backend/selectBackend';
import type { Experiment } from '../experiment';
import { driveExperiment } from './driveExperiment';
import type { AdapterInfo, BackendReport, EventBatch, RunStatus } from './protocol';
import { RunControl } from './RunControl';

/** What the worker needs to know about an experiment to run it. */
export interface ExperimentEntry {
  experiment: Experiment<unknown>;
  backends?: readonly BackendName[];
  kernels?: readonly string[];
}

export type ExperimentLoader = (id: string) => Promise<ExperimentEntry>;

export interface StartRequest {
  id: string;
  params: unknown;
  seed: number;
  backend: BackendName | null;
  startPaused?: boolean;
}

export interface RunListener {
  /** The backend this run got, with notices when it is not the first choice. */
  backend(report: BackendReport): void;
  batch(batch: EventBatch): void;
  status(status: RunStatus): void;
}

export interface WorkerApi {
  init(preferred: BackendName | null): Promise<BackendReport>;
  probeBackends(): Promise<BackendName[]>;
  start(req: StartRequest, listener: RunListener): Promise<RunStatus>;
  pause(): void;
  resume(): void;
  step(): void;
  stop(): void;
  setLive(params: unknown): void;
  /** Registers a callback for a lost GPU device. */
  onDeviceLost(cb: (message: string) => void): void;
}

export function serveRunner(load: ExperimentLoader): void {
  const health: BackendHealth = new Map();
  let adapter: AdapterInfo | null = null;
  let control: RunControl | null = null;
  let live: unknown = null;
  let deviceLost: ((message: string) => void) | null = null;
  let watchedDevice: GPUDevice | null = null;

  // Handy in devtools (pick the worker's context): tf.memory(), tf.getBackend().
  (globalThis as { tf?: typeof tf }).tf = tf;

  const watchDevice = () => {
    const device = webgpuDevice();
    if (!device || device === watchedDevice) return;
    watchedDevice = device;
    void device.lost.then((info) => {
      const msg = `The GPU device was lost (${info.reason || 'unknown reason'}${info.message ? `: ${info.message}` : ''}).`;
      control?.stop();
      deviceLost?.(msg);
    });
  };

  const report = async (active: BackendName, notices: string[]): Promise<BackendReport> => {
    adapter ??= await readAdapterInfo();
    const available = BACKEND_ORDER.filter((b) => health.get(b) === null);
    return { active, available, adapter, notices };
  };

  const api: WorkerApi = {
    async init(preferred) {
      const sel = await selectBackend(tf, { preferred }, health);
      watchDevice();
      return report(sel.active, sel.notices);
    },

    async probeBackends() {
      const before = tf.getBackend() as BackendName;
      for (const name of BACKEND_ORDER) await checkBackend(tf, name, [], health);
      await tf.setBackend(before);
      return BACKEND_ORDER.filter((b) => health.get(b) === null);
    },

    async start(req, listener) {
      control?.stop();
      const entry = await load(req.id);
      const sel = await selectBackend(tf, { preferred: req.backend, allowed: entry.backends, kernels: entry.kernels }, health);
      watchDevice();
      const run = new RunControl(req.startPaused ?? false);
      control = run;
      live = req.params;
      listener.backend(await report(sel.active, sel.notices));
      const final = await driveExperiment({
        experiment: entry.experiment,
        params: req.params,
        seed: req.seed,
        tf,
        backend: sel.active,
        control: run,
        live: () => live,
        onBatch: (b) => listener.batch(b),
        onStatus: (s) => listener.status(s),
      });
      if (control === run) control = null;
      return final;
    },

    pause: () => control?.pause(),
    resume: () => control?.resume(),
    step: () => control?.step(),
    stop: () => control?.stop(),
    setLive(params) {
      live = params;
    },
    onDeviceLost(cb) {
      deviceLost = cb;
    },
  };
  Comlink.expose(api);
}
