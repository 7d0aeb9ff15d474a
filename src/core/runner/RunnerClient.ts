/**
 * The page's side of the runner: one module worker, restartable after a crash
 * or a lost GPU device, observable with subscribe/getSnapshot (React's
 * useSyncExternalStore). A run's data goes to the caller's onBatch; run state
 * goes into the snapshot.
 */
import * as Comlink from 'comlink';
import type { BackendName } from '../backend/backendNames';
import type { TweakValue } from '../params/tweaks';
import { IDLE_STATUS, type BackendReport, type EventBatch, type RunStatus } from './protocol';
import type { StartRequest, WorkerApi } from './workerHost';

/** What the client needs of a worker (a DOM Worker is one). */
export type RunnerWorker = Comlink.Endpoint & { terminate(): void };

export type WorkerState = 'starting' | 'ready' | 'crashed';

export interface RunnerSnapshot {
  worker: WorkerState;
  /** Why the worker crashed or could not start. */
  workerError: string | null;
  /** The crash was the GPU device lost (WebGPU cannot be trusted until a restart), not the worker itself. */
  deviceLost: boolean;
  backend: BackendReport | null;
  /** Experiment id of the current or last run. */
  runId: string | null;
  run: RunStatus;
}

export class RunnerClient {
  private worker: RunnerWorker | null = null;
  private api: Comlink.Remote<WorkerApi> | null = null;
  private ready: Promise<void> | null = null;
  private snap: RunnerSnapshot = { worker: 'starting', workerError: null, deviceLost: false, backend: null, runId: null, run: IDLE_STATUS };
  private readonly listeners = new Set<() => void>();
  private runSeq = 0;
  /** Ends the pending start() when the worker dies under it. */
  private abandonRun: ((message: string) => void) | null = null;
  /** Ends a pending boot() when the worker dies before it answers (a module that failed to load never will). */
  private abandonBoot: (() => void) | null = null;
  /**
   * The reader's pause, step, stop and live changes made while a run waits for the worker to
   * boot: the worker has no run to give them to yet, so they follow the run's start.
   */
  private beforeStart: ((api: Comlink.Remote<WorkerApi>) => unknown)[] | null = null;

  constructor(
    private readonly makeWorker: () => RunnerWorker,
    private preferred: BackendName | null = null,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): RunnerSnapshot => this.snap;

  private patch(p: Partial<RunnerSnapshot>): void {
    this.snap = { ...this.snap, ...p };
    for (const l of this.listeners) l();
  }

  /** Starts the worker and its backend once; later calls share the promise. */
  boot(preferred: BackendName | null = this.preferred): Promise<void> {
    if (this.ready && preferred === this.preferred) return this.ready;
    this.preferred = preferred;
    if (!this.worker) {
      const worker = this.makeWorker();
      worker.addEventListener('error', (e) => this.crash(`The training worker crashed: ${('message' in e && typeof e.message === 'string' && e.message) || 'unknown error'}`));
      worker.addEventListener('messageerror', () => this.crash('The training worker sent a message that could not be read.'));
      this.worker = worker;
      this.api = Comlink.wrap<WorkerApi>(worker);
      void this.api.onDeviceLost(Comlink.proxy((msg: string) => this.crash(`${msg} Restart the runner to run again.`, true)));
    }
    const api = this.api!;
    this.patch({ worker: 'starting', workerError: null, deviceLost: false });
    let abandon = () => undefined as void;
    const died = new Promise<void>((resolve) => (abandon = resolve));
    this.abandonBoot = abandon;
    const answered = api.init(preferred).then(
      (backend) => this.patch({ worker: 'ready', backend }),
      (err: unknown) => this.crash(err instanceof Error ? err.message : String(err)),
    );
    this.ready = Promise.race([answered, died]).finally(() => {
      if (this.abandonBoot === abandon) this.abandonBoot = null;
    });
    return this.ready;
  }

  private crash(message: string, deviceLost = false): void {
    const run = this.snap.run.state === 'running' || this.snap.run.state === 'paused'
      ? { ...this.snap.run, state: 'error' as const, message }
      : this.snap.run;
    this.patch({ worker: 'crashed', workerError: message, deviceLost, run });
    this.abandonBoot?.();
    this.abandonRun?.(message);
  }

  /** A fresh worker, without reloading the page; on `preferred` when given (after a lost GPU device, WASM). */
  restart(preferred: BackendName | null = this.preferred): Promise<void> {
    this.abandonRun?.('The runner was restarted.');
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    this.ready = null;
    this.patch({ backend: null, run: IDLE_STATUS });
    return this.boot(preferred);
  }

  /** Runs an experiment to its end; resolves with its final status. */
  async start(req: StartRequest, onBatch: (batch: EventBatch) => void): Promise<RunStatus> {
    const seq = ++this.runSeq;
    const current = () => seq === this.runSeq;
    // The run is the page's from now on, while the worker may still boot: its controls are live.
    this.patch({ runId: req.id, run: { ...IDLE_STATUS, state: 'starting' } });
    this.beforeStart ??= [];
    await this.boot(this.preferred);
    const early = this.beforeStart ?? [];
    this.beforeStart = null;
    if (!this.api || this.snap.worker === 'crashed') {
      const final: RunStatus = { ...IDLE_STATUS, state: 'error', message: this.snap.workerError ?? 'The runner is not available.' };
      if (current()) this.patch({ run: final });
      return final;
    }
    const listener = {
      backend: (backend: BackendReport) => {
        if (current()) this.patch({ backend });
      },
      batch: (b: EventBatch) => {
        if (current()) onBatch(b);
      },
      status: (run: RunStatus) => {
        if (current() && this.snap.run.state !== 'error') this.patch({ run });
      },
    };
    const abandoned = new Promise<RunStatus>((resolve) => {
      this.abandonRun = (message) => resolve({ ...this.snap.run, state: 'error', message });
    });
    try {
      const running = this.api.start(req, Comlink.proxy(listener));
      for (const send of early) void send(this.api);
      const final = await Promise.race([running, abandoned]);
      if (current()) this.patch({ run: final });
      return final;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const final = { ...this.snap.run, state: 'error' as const, message };
      if (current()) this.patch({ run: final });
      return final;
    } finally {
      if (current()) this.abandonRun = null;
    }
  }

  /** To the worker now, or right after the run's start when the run still waits for the worker. */
  private control(send: (api: Comlink.Remote<WorkerApi>) => unknown): void {
    if (this.beforeStart) this.beforeStart.push(send);
    else if (this.api) void send(this.api);
  }

  pause(): void {
    this.control((api) => api.pause());
  }
  resume(): void {
    this.control((api) => api.resume());
  }
  step(): void {
    this.control((api) => api.step());
  }
  stop(): void {
    this.control((api) => api.stop());
  }
  /** A live field changed during the run (applied at its next step boundary). */
  edit(name: string, value: TweakValue): void {
    this.control((api) => api.edit(name, value));
  }
  /** Back to the preferred backend after runs that asked for others (the Device page). */
  async reselect(): Promise<void> {
    await this.boot();
    if (!this.api) return;
    const backend = await this.api.init(this.preferred);
    this.patch({ backend });
  }

  async probeBackends(): Promise<BackendName[]> {
    await this.boot();
    return this.api ? this.api.probeBackends() : [];
  }
  get preferredBackend(): BackendName | null {
    return this.preferred;
  }
}
