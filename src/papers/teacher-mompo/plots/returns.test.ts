import { describe, expect, it } from 'vitest';
import { returnsFigure } from './returns';
import { EMPTY, testRecording } from './testRecording';
import { xy } from './xy';

describe('returnsFigure', () => {
  it('the task return with and without teachers, then each teacher of the setup on the right axis', () => {
    const { data, layout } = returnsFigure(testRecording());
    expect(data.map((d) => d.name)).toEqual(['task return, with teachers', 'task return, without', "log π_goal (agent's action)"]);
    expect(data.map(xy)).toEqual([{ x: [0, 500], y: [1, 4] }, { x: [500], y: [2] }, { x: [0, 500], y: [-3, -1] }]);
    expect('yaxis' in data[2] && data[2].yaxis).toBe('y2');
    expect(layout?.yaxis2?.title).toEqual({ text: 'mean log π_T (nats)' });
  });

  it('before a run: the two task-return traces, empty, and a note', () => {
    const { data, layout } = returnsFigure(EMPTY);
    expect(data).toHaveLength(2);
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
