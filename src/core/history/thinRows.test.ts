import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../runner/RunRecorder';
import { thinRows } from './thinRows';

const train = (step: number, segment: number): MetricRow => ({ step, values: { loss: 1 / step, segment } });
const evalRow = (step: number): MetricRow => ({ step, values: { evalLoss: 1 } });

describe('thinRows', () => {
  const rows = [...Array.from({ length: 300 }, (_, i) => train(i + 1, 0)), evalRow(300), ...Array.from({ length: 300 }, (_, i) => train(i + 1, 1)), evalRow(300)];

  it('keeps every factor-th frequent row, each segment\'s ends, and every rare row', () => {
    const out = thinRows(rows, 10);
    expect(out.filter((r) => 'evalLoss' in r.values)).toHaveLength(2);
    const seg0 = out.filter((r) => r.values.segment === 0).map((r) => r.step);
    expect(seg0[0]).toBe(1);
    expect(seg0.at(-1)).toBe(300);
    expect(seg0.length).toBeGreaterThanOrEqual(30);
    expect(seg0.length).toBeLessThanOrEqual(32);
    expect(out.map((r) => rows.indexOf(r))).toEqual([...out.map((r) => rows.indexOf(r))].sort((a, b) => a - b));
  });

  it('leaves small kinds and factor 1 alone', () => {
    expect(thinRows(rows, 1)).toEqual(rows);
    const few = rows.slice(0, 150);
    expect(thinRows(few, 8)).toEqual(few);
  });
});
