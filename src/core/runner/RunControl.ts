/**
 * Pause / resume / single-step / stop for one run, as a small state machine the
 * driver awaits between events. A single step runs until the next metrics event.
 */
export type ControlMode = 'running' | 'paused' | 'stepping' | 'stopped';

export class RunControl {
  private mode: ControlMode;
  private wake: (() => void) | null = null;
  private readonly abort = new AbortController();
  private pausedAt: number | null;
  private pausedMs = 0;
  private readonly startedAt: number;

  constructor(startPaused = false, private readonly now: () => number = () => performance.now()) {
    this.mode = startPaused ? 'paused' : 'running';
    this.startedAt = now();
    this.pausedAt = startPaused ? this.startedAt : null;
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  get state(): ControlMode {
    return this.mode;
  }

  pause(): void {
    if (this.mode === 'running' || this.mode === 'stepping') this.set('paused');
  }

  resume(): void {
    if (this.mode === 'paused' || this.mode === 'stepping') this.set('running');
  }

  /** From paused: run until the next metrics event, then pause again. */
  step(): void {
    if (this.mode === 'paused') this.set('stepping');
  }

  stop(): void {
    if (this.mode === 'stopped') return;
    this.set('stopped');
    this.abort.abort();
  }

  /** The driver calls this after each metrics event. */
  stepDone(): void {
    if (this.mode === 'stepping') this.set('paused');
  }

  /** Resolves when the run may continue; returns false once stopped. */
  async gate(): Promise<boolean> {
    while (this.mode === 'paused') {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    return this.mode !== 'stopped';
  }

  /** Running time excluding pauses, in ms. */
  activeMs(): number {
    const now = this.now();
    const paused = this.pausedMs + (this.pausedAt === null ? 0 : now - this.pausedAt);
    return now - this.startedAt - paused;
  }

  private set(mode: ControlMode): void {
    const now = this.now();
    if (mode === 'paused' && this.pausedAt === null) this.pausedAt = now;
    if (mode !== 'paused' && this.pausedAt !== null) {
      this.pausedMs += now - this.pausedAt;
      this.pausedAt = null;
    }
    this.mode = mode;
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
