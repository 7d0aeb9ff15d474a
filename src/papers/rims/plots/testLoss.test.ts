import { describe, expect, it } from 'vitest';
import { testLossFigure } from './testLoss';
import { testRecording } from './testRecording';

describe('testLossFigure', () => {
  it('a test-loss curve per model and length, solid at the training length and dotted beyond', () => {
    const { data } = testLossFigure(testRecording(), { task: 'copying' });
    expect(data.map((d) => d.name)).toEqual(['RIMs T = 2', 'RIMs T = 8']);
    expect(data[0]).toMatchObject({ x: [1, 2], y: [1, 0.5], line: { dash: 'solid' } });
    expect(data[1]).toMatchObject({ x: [1, 2], y: [2, 1.5], line: { dash: 'dot' } });
  });

  it('a note until the first evaluation', () => {
    const { data, layout } = testLossFigure(testRecording({}), { task: 'copying' });
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/each evaluation/);
  });
});
