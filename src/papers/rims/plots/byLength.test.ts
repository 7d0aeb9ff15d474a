import { describe, expect, it } from 'vitest';
import { byLengthFigure } from './byLength';
import { testRecording } from './testRecording';

describe('byLengthFigure', () => {
  it('each model\'s accuracy per length at the latest evaluation', () => {
    const { data, layout } = byLengthFigure(testRecording(), { task: 'copying' });
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ type: 'bar', name: 'RIMs', x: ['T = 2', 'T = 8'], y: [0.8, 0.4] });
    expect(layout?.title).toEqual({ text: 'Test accuracy by length, step 2' });
    expect(layout?.yaxis?.range).toEqual([0, 1]);
  });

  it('squared error on adding, and a note before an evaluation', () => {
    expect(byLengthFigure(testRecording(), { task: 'adding' }).data[0]).toMatchObject({ y: [0.5, 1.5] });
    const before = byLengthFigure(testRecording({}), { task: 'copying' });
    expect(before.data).toEqual([]);
    expect(before.layout?.title).toEqual({ text: 'Test accuracy by length, step –' });
    expect(before.layout?.annotations?.[0]?.text).toMatch(/each evaluation/);
  });
});
