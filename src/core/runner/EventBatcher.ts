/**
 * Throttles run events to the page: every metrics row is kept (plots need each
 * point), progress and artifacts are coalesced to their latest value, and a
 * batch goes out at most once per interval.
 */
import type { RunEvent } from '../experiment';
import type { Tweak } from '../params/tweaks';
import type { Checkpoint, EventBatch } from './protocol';

export class EventBatcher {
  private batch: EventBatch = EventBatcher.empty();
  private lastFlush = -Infinity;

  constructor(
    private readonly send: (batch: EventBatch) => void,
    private readonly intervalMs = 100,
    private readonly now: () => number = () => performance.now(),
  ) {}

  private static empty(): EventBatch {
    return { metrics: [], tweaks: [], progress: null, artifacts: {}, checkpoint: null };
  }

  push(event: RunEvent, activeMs: number): void {
    if (event.kind === 'metrics') this.batch.metrics.push(event);
    else if (event.kind === 'progress') {
      this.batch.progress = { done: event.done, total: event.total, label: event.label, activeMs };
    } else if (event.kind === 'artifact') this.batch.artifacts[event.name] = event.data;
    if (this.now() - this.lastFlush >= this.intervalMs) this.flush();
  }

  /** The run can be resumed from here; the latest goes out with the next batch. */
  checkpoint(c: Checkpoint): void {
    this.batch.checkpoint = c;
  }

  /** A live change took effect; it goes out with the next batch. */
  tweak(t: Tweak): void {
    this.batch.tweaks.push(t);
  }

  flush(): void {
    const b = this.batch;
    this.lastFlush = this.now();
    if (b.metrics.length === 0 && b.tweaks.length === 0 && b.progress === null && Object.keys(b.artifacts).length === 0 && b.checkpoint === null) return;
    this.batch = EventBatcher.empty();
    this.send(b);
  }
}
