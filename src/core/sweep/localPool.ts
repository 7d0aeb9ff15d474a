/**
 * The embedded default: N local worker processes, no server. Each child is the
 * given command line with an IPC channel; `servePool` is its side. One job per
 * child at a time. A child that dies mid-job fails that job with a
 * WorkerExitError (the caller decides whether to try again) and is replaced.
 * `npm run sweep` and `npm run train-teachers` both use it.
 *
 * Messages (structured clones over Node's IPC channel):
 *   parent → child  {type: 'job', id, job}
 *   child → parent  {type: 'ready'} | {type: 'progress', id, fraction} | {type: 'done', id, result} | {type: 'error', id, message, kind}
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { isRecord } from './plainData';

export class WorkerExitError extends Error {
  override name = 'WorkerExitError';
}

/** Error thrown inside a worker's handler: its message, and the name of its class there (`kind`). */
export class JobError extends Error {
  override name = 'JobError';
  constructor(message: string, readonly kind: string) {
    super(message);
  }
}

interface Pending<R> {
  job: unknown;
  resolve(r: R): void;
  reject(e: Error): void;
  onProgress?: (fraction: number) => void;
}

interface Child {
  proc: ChildProcess;
  ready: boolean;
  busy: number | null;
}

export interface LocalPoolOptions<R> {
  size: number;
  /** The child's command: executable and arguments. */
  command: readonly [string, ...string[]];
  /** Checks a result message from a child. */
  parse(x: unknown): R;
  /** Most replacements for children that died, in all (a crash loop stops the pool). */
  maxRestarts?: number;
  env?: NodeJS.ProcessEnv;
}

export class LocalPool<J, R> {
  private readonly children = new Set<Child>();
  private readonly queue: number[] = [];
  private readonly pending = new Map<number, Pending<R>>();
  private nextId = 0;
  private restarts = 0;
  private closed = false;
  private broken: Error | null = null;

  constructor(private readonly opts: LocalPoolOptions<R>) {
    for (let i = 0; i < opts.size; i++) this.spawnChild();
  }

  get size(): number {
    return this.children.size;
  }

  /** Process ids of the live children (tests kill one to check recovery). */
  pids(): number[] {
    return [...this.children].flatMap((c) => (c.proc.pid === undefined ? [] : [c.proc.pid]));
  }

  run(job: J, onProgress?: (fraction: number) => void): Promise<R> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<R>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { job, resolve, reject, onProgress });
      this.queue.push(id);
      this.pump();
    });
  }

  /** Stops the children (each finishes nothing more) and waits for them to exit. */
  async close(): Promise<void> {
    this.closed = true;
    const exits = [...this.children].map((c) => new Promise<void>((done) => {
      if (c.proc.exitCode !== null || c.proc.signalCode !== null) return done();
      c.proc.once('exit', () => done());
      if (c.proc.connected) c.proc.disconnect();
      const t = setTimeout(() => c.proc.kill('SIGKILL'), 5000);
      c.proc.once('exit', () => clearTimeout(t));
    }));
    await Promise.all(exits);
    for (const [id, p] of this.pending) {
      p.reject(new Error('the worker pool was closed'));
      this.pending.delete(id);
    }
  }

  private spawnChild(): void {
    const [file, ...args] = this.opts.command;
    // 'advanced' serialization is the structured clone: Infinity, NaN and typed arrays survive.
    const proc = spawn(file, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced', env: this.opts.env ?? process.env });
    const child: Child = { proc, ready: false, busy: null };
    this.children.add(child);
    proc.on('message', (m: unknown) => this.onMessage(child, m));
    proc.on('exit', (code, signal) => this.onExit(child, code, signal));
    proc.on('error', (e) => this.fail(new WorkerExitError(`cannot start a worker process (${file}): ${e.message}`)));
  }

  private onMessage(child: Child, m: unknown): void {
    if (!isRecord(m)) return;
    if (m.type === 'ready') {
      child.ready = true;
      this.pump();
      return;
    }
    const id = typeof m.id === 'number' ? m.id : -1;
    const p = this.pending.get(id);
    if (!p || child.busy !== id) return;
    if (m.type === 'progress' && typeof m.fraction === 'number') {
      p.onProgress?.(m.fraction);
      return;
    }
    if (m.type !== 'done' && m.type !== 'error') return;
    child.busy = null;
    this.pending.delete(id);
    if (m.type === 'error') p.reject(new JobError(typeof m.message === 'string' ? m.message : 'the job failed', typeof m.kind === 'string' ? m.kind : 'Error'));
    else {
      try {
        p.resolve(this.opts.parse(m.result));
      } catch (e) {
        p.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
    this.pump();
  }

  private onExit(child: Child, code: number | null, signal: NodeJS.Signals | null): void {
    this.children.delete(child);
    const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
    if (child.busy !== null) {
      const p = this.pending.get(child.busy);
      this.pending.delete(child.busy);
      p?.reject(new WorkerExitError(`worker process ${child.proc.pid} ${how} during the job`));
    }
    if (this.closed) return;
    if (this.restarts >= (this.opts.maxRestarts ?? 2 * this.opts.size)) {
      if (this.children.size === 0) this.fail(new WorkerExitError(`every worker process died (the last ${how}); not restarting them again`));
      return;
    }
    this.restarts++;
    this.spawnChild();
  }

  private fail(e: Error): void {
    this.broken ??= e;
    for (const [id, p] of this.pending) {
      p.reject(e);
      this.pending.delete(id);
    }
    this.queue.length = 0;
  }

  private pump(): void {
    for (const child of this.children) {
      if (!child.ready || child.busy !== null || !child.proc.connected) continue;
      const id = this.queue.shift();
      if (id === undefined) return;
      const p = this.pending.get(id);
      if (!p) continue;
      child.busy = id;
      child.proc.send({ type: 'job', id, job: p.job });
    }
  }
}

/**
 * The child's side: answers each job message with the handler's result.
 * Returns when the parent closes the channel (or dies), so the process can exit.
 */
export function servePool<J, R>(parse: (x: unknown) => J, handle: (job: J, progress: (fraction: number) => void) => Promise<R>): Promise<void> {
  const send = process.send?.bind(process);
  if (!send) return Promise.reject(new Error('servePool needs an IPC channel: start this process from LocalPool'));
  return new Promise<void>((done) => {
    // One job at a time: the parent never sends another before an answer.
    process.on('message', (m: unknown) => {
      if (!isRecord(m) || m.type !== 'job' || typeof m.id !== 'number') return;
      const id = m.id;
      let lastProgress = 0;
      const progress = (fraction: number) => {
        const now = performance.now();
        if (now - lastProgress < 500) return;
        lastProgress = now;
        send({ type: 'progress', id, fraction });
      };
      Promise.resolve()
        .then(() => handle(parse(m.job), progress))
        .then(
          (result) => send({ type: 'done', id, result }),
          (e: unknown) => send({ type: 'error', id, message: e instanceof Error ? e.message : String(e), kind: e instanceof Error ? e.name : 'Error' }),
        );
    });
    process.once('disconnect', () => done());
    send({ type: 'ready' });
  });
}
