import { describe, expect, it } from 'vitest';
import { dualsFigure } from './duals';
import { EMPTY, testRecording } from './testRecording';
import { xy } from './xy';

describe('dualsFigure', () => {
  it('per objective (the task, then each teacher): its temperature, and its E-step KL on the right axis', () => {
    const { data, layout } = dualsFigure(testRecording());
    expect(data.map((d) => d.name)).toEqual(['η task', 'KL task', 'η goal', 'KL goal']);
    expect(data.map(xy)).toEqual([{ x: [250], y: [1.3] }, { x: [250], y: [0.05] }, { x: [250], y: [1.1] }, { x: [250], y: [0.02] }]);
    expect(data.filter((d) => 'yaxis' in d && d.yaxis === 'y2').map((d) => d.name)).toEqual(['KL task', 'KL goal']);
    expect(layout?.yaxis?.type).toBe('log');
  });

  it('before a run: the task objective alone, empty, and a note', () => {
    const { data, layout } = dualsFigure(EMPTY);
    expect(data.map((d) => d.name)).toEqual(['η task', 'KL task']);
    expect(layout?.annotations?.[0]?.text).toMatch(/10 learner updates/);
  });
});
