import { describe, expect, it } from 'vitest';
import { RunRecorder, series, seriesBy } from './RunRecorder';

describe('RunRecorder', () => {
  it('appends rows, keeps the latest progress and artifacts, and notifies', () => {
    const rec = new RunRecorder();
    let calls = 0;
    rec.subscribe(() => calls++);
    rec.add({ tweaks: [], metrics: [{ kind: 'metrics', step: 1, values: { loss: 2 } }], progress: { done: 1, total: 4, activeMs: 10 }, artifacts: { a: 1 }, checkpoint: null });
    const first = rec.getSnapshot();
    rec.add({ tweaks: [], metrics: [{ kind: 'metrics', step: 2, values: { loss: 1, acc: 0.5 } }], progress: null, artifacts: { b: 2 }, checkpoint: null });
    const snap = rec.getSnapshot();
    expect(snap).not.toBe(first);
    expect(snap.rows).toHaveLength(2);
    expect(snap.progress?.done).toBe(1);
    expect(snap.artifacts).toEqual({ a: 1, b: 2 });
    expect(series(snap.rows, 'acc')).toEqual({ x: [2], y: [0.5] });
    expect(calls).toBe(2);
    rec.clear();
    expect(rec.getSnapshot().rows).toHaveLength(0);
  });

  it('loads a stored recording with no progress', () => {
    const rec = new RunRecorder();
    rec.add({ tweaks: [], metrics: [], progress: { done: 1, total: 2, activeMs: 5 }, artifacts: {}, checkpoint: null });
    rec.load([{ step: 3, values: { loss: 1 } }], { curve: [1, 2] });
    expect(rec.getSnapshot()).toEqual({ rows: [{ step: 3, values: { loss: 1 } }], tweaks: [], progress: null, artifacts: { curve: [1, 2] } });
  });

  it('keeps the latest checkpoint, and goes back to one: rows and tweaks after it dropped, artifacts kept', () => {
    const rec = new RunRecorder();
    const weights = { w: { shape: [1], data: Float32Array.of(1) } };
    const row = (step: number) => ({ kind: 'metrics' as const, step, values: { loss: step } });
    rec.add({ tweaks: [{ after: 1, step: 1, name: 'lr', value: 0.1 }], metrics: [row(1), row(2)], progress: null, artifacts: { a: 1 }, checkpoint: { step: 2, rows: 2, weights } });
    rec.add({ tweaks: [{ after: 3, step: 3, name: 'lr', value: 0.2 }], metrics: [row(3), row(4)], progress: { done: 4, total: 9, activeMs: 1 }, artifacts: {}, checkpoint: null });
    expect(rec.checkpoint).toEqual({ step: 2, rows: 2, weights });
    rec.backTo(rec.checkpoint!);
    const snap = rec.getSnapshot();
    expect(snap.rows.map((r) => r.step)).toEqual([1, 2]);
    expect(snap.tweaks.map((t) => t.value)).toEqual([0.1]);
    expect(snap.artifacts).toEqual({ a: 1 });
    rec.clear();
    expect(rec.checkpoint).toBeNull();
  });

  it('splits a metric into one series per value of another, skipping rows without either', () => {
    const rows = [
      { step: 1, values: { loss: 3, run: 0 } },
      { step: 2, values: { loss: 2, run: 0 } },
      { step: 3, values: { lr: 1, run: 1 } },
      { step: 4, values: { loss: 5, run: 1 } },
      { step: 5, values: { loss: 4 } },
    ];
    expect([...seriesBy(rows, 'loss', 'run')]).toEqual([[0, { x: [1, 2], y: [3, 2] }], [1, { x: [4], y: [5] }]]);
  });
});
