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
import type { Tweak, TweakValue } from '../params/tweaks';
import type { NamedWeights } from '../weights/namedWeights';
import { driveExperiment } from './driveExperiment';
import type { AdapterInfo, BackendReport, EventBatch, RunStatus } from './protocol';
import { RunControl } from './RunControl';

/** What the worker needs to know about an experiment to run it. */
export interface ExperimentEntry {
  experiment: Experiment<object>;
  backends?: readonly BackendName[];
  kernels?: readonly string[];
}

export type ExperimentLoader = (id: string) => Promise<ExperimentEntry>;

export interface StartRequest {
  id: string;
  params: object;
  seed: number;
  /** Live changes to replay at their points (a tweaked run's link). */
  tweaks?: Tweak[];
  backend: BackendName | null;
  startPaused?: boolean;
  /** Weights to start from, from a weights file the reader loaded, or a checkpoint's (with `resume`). */
  weights?: NamedWeights;
  /** Continue a stopped run after its checkpoint: the checkpoint's step and the metrics rows kept before it. */
  resume?: { step: number; rows: number };
}

/** The page's callbacks; over comlink each call returns a promise that settles once the page has it. */
export interface RunListener {
  /** The backend this run got, with notices when it is not the first choice. */
  backend(report: BackendReport): void | Promise<void>;
  batch(batch: EventBatch): void | Promise<void>;
  status(status: RunStatus): void | Promise<void>;
}

export interface WorkerApi {
  init(preferred: BackendName | null): Promise<BackendReport>;
  probeBackends(): Promise<BackendName[]>;
  start(req: StartRequest, listener: RunListener): Promise<RunStatus>;
  pause(): void;
  resume(): void;
  step(): void;
  stop(): void;
  /** A live field changed; the run applies it at its next step boundary. */
  edit(name: string, value: TweakValue): void;
  /** Registers a callback for a lost GPU device. */
  onDeviceLost(cb: (message: string) => void): void;
}

export function serveRunner(load: ExperimentLoader): void {
  const health: BackendHealth = new Map();
  let adapter: AdapterInfo | null = null;
  let control: RunControl | null = null;
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

  // tfjs has one global backend: initialising, probing and running take turns.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const runExperiment = async (req: StartRequest, run: RunControl, listener: RunListener): Promise<RunStatus> => {
    const entry = await load(req.id);
    const sel = await selectBackend(tf, { preferred: req.backend, allowed: entry.backends, kernels: entry.kernels }, health);
    watchDevice();
    await listener.backend(await report(sel.active, sel.notices));
    // Callbacks travel on their own port; the run's result must not overtake its last batch.
    const inFlight = new Set<Promise<void>>();
    const send = (call: void | Promise<void>) => {
      if (!call) return;
      const p = Promise.resolve(call).catch(() => undefined);
      inFlight.add(p);
      void p.then(() => inFlight.delete(p));
    };
    const final = await driveExperiment({
      experiment: entry.experiment,
      params: req.params,
      seed: req.seed,
      tf,
      backend: sel.active,
      control: run,
      tweaks: req.tweaks,
      weights: req.weights,
      resume: req.resume,
      onBatch: (b) => send(listener.batch(b)),
      onStatus: (s) => send(listener.status(s)),
    });
    await Promise.all(inFlight);
    return final;
  };

  const api: WorkerApi = {
    init: (preferred) =>
      exclusive(async () => {
        const sel = await selectBackend(tf, { preferred }, health);
        watchDevice();
        return report(sel.active, sel.notices);
      }),

    probeBackends: () =>
      exclusive(async () => {
        const before = tf.getBackend() as BackendName;
        for (const name of BACKEND_ORDER) await checkBackend(tf, name, [], health);
        await tf.setBackend(before);
        return BACKEND_ORDER.filter((b) => health.get(b) === null);
      }),

    start(req, listener) {
      control?.stop();
      // The run's controls exist from the request on: a pause, a single step or a live change
      // made while its module loads and its backend starts is kept for it, not lost.
      const run = new RunControl(req.startPaused ?? false);
      control = run;
      return exclusive(() => runExperiment(req, run, listener)).finally(() => {
        if (control === run) control = null;
      });
    },

    pause: () => control?.pause(),
    resume: () => control?.resume(),
    step: () => control?.step(),
    stop: () => control?.stop(),
    edit: (name, value) => control?.edit(name, value),
    onDeviceLost(cb) {
      deviceLost = cb;
    },
  };
  Comlink.expose(api);
}
