import { describe, expect, it } from 'vitest';
import { activityFigure } from './activity';
import { testRecording } from './testRecording';

describe('activityFigure', () => {
  const activity = { step: 5, label: 'T = 8', modules: 2, active: 1, mask: [[1, 0], [0, 1], [1, 0]], input: [3, 0, 9], share: [] };
  const preview = { label: 'T = 8', input: [4, 0, 9] };

  it('the module mask (modules × time) over the sequence\'s input', () => {
    const { data, layout } = activityFigure(testRecording({ activity }), { task: 'copying' }, preview);
    expect(data[0]).toMatchObject({ z: [[1, 0, 1], [0, 1, 0]], y: ['RIM 1', 'RIM 2'] });
    expect(data[1]).toMatchObject({ z: [[3, 0, 9]], yaxis: 'y2' });
    expect(layout?.annotations).toHaveLength(0);
    expect(layout?.title).toEqual({ text: 'Active modules on one test sequence (T = 8), after step 5' });
  });

  it('before an evaluation, the input the run will test on, with a note', () => {
    const before = activityFigure(testRecording({}), { task: 'copying' }, preview);
    expect(before.data).toHaveLength(1);
    expect(before.data[0]).toMatchObject({ z: [[4, 0, 9]] });
    expect(before.layout?.annotations).toHaveLength(1);
  });

  it('nothing but a note when the sequence is too long to preview', () => {
    const none = activityFigure(testRecording({}), { task: 'copying' }, null);
    expect(none.data).toEqual([]);
    expect(none.layout?.annotations?.[0]?.text).toMatch(/too long to unroll/);
  });
});
