import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../runner/RunRecorder';
import { metricsCsv, metricsJson } from './metricsCsv';

const rows: MetricRow[] = [
  { step: 1, values: { loss: 2.5, model: 0 } },
  { step: 2, values: { loss: 2.25, 'eval, loss': 2.75 } },
];

describe('metrics export', () => {
  it('writes CSV with a column per metric and empty cells for missing values', () => {
    expect(metricsCsv(rows)).toBe('step,loss,model,"eval, loss"\n1,2.5,0,\n2,2.25,,2.75\n');
  });
  it('writes an empty table with just the header when there are no rows', () => {
    expect(metricsCsv([])).toBe('step\n');
  });
  it('writes JSON that parses back to the same rows', () => {
    const doc = JSON.parse(metricsJson(rows, { slug: 'x', seed: 3 })) as { slug: string; seed: number; columns: string[]; rows: unknown };
    expect(doc).toMatchObject({ slug: 'x', seed: 3, columns: ['step', 'loss', 'model', 'eval, loss'] });
    expect(doc.rows).toEqual(rows);
  });
});
