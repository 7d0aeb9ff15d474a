/**
 * Pause / resume / single-step / stop for one run, as a small state machine the
 * driver awaits between events. A single step runs until the next metrics event.
 * It also holds the reader's changes to live fields until the driver applies
 * them at the next step boundary.
 */
import type { TweakValue } from '../params/tweaks';

/** A reader's change to a live field, not yet applied. */
export interface Edit {
  name: string;
  value: TweakValue;
}
export type ControlMode = 'running' | 'paused' | 'stepping' | 'stopped';

export class RunControl {
  private mode: ControlMode;
  private wake: (() => void) | null = null;
  private readonly abort = new AbortController();
  private pausedAt: number | null;
  private pausedMs = 0;
  private startedAt: number;
  private edits: Edit[] = [];

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

  /** A live field changed; applied at the next step boundary (the latest value per field wins). */
  edit(name: string, value: TweakValue): void {
    this.edits = [...this.edits.filter((e) => e.name !== name), { name, value }];
  }

  /** The edits waiting since the last call, oldest first. */
  takeEdits(): Edit[] {
    const out = this.edits;
    this.edits = [];
    return out;
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

  /**
   * The run's clock starts now: the driver calls this when it starts the run, so the time its
   * module took to load and its backend to start is not counted (pauses until now are not either).
   */
  startClock(): void {
    const now = this.now();
    this.startedAt = now;
    this.pausedMs = 0;
    if (this.pausedAt !== null) this.pausedAt = now;
  }

  /** Running time since startClock (or construction), excluding pauses, in ms. */
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
