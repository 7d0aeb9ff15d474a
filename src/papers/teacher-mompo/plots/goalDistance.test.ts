import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../arena';
import { goalDistance, goalDistanceFigure } from './goalDistance';
import { testEpisode } from './testRecording';
import { xy } from './xy';

describe('goalDistanceFigure', () => {
  it('goalDistance: from the ball (body 1) to the goal at each control step', () => {
    expect(goalDistance(testEpisode(2, 0.05, (i) => (i === 0 ? [0, 0, 0.05] : [3, 4, 0.05])), [0, 0])).toEqual({ t: [0, 0.05], d: [0, 5] });
  });

  it('one line per replayable episode, to the goal of the composition\'s arena; the agent and the teachers together solid, each teacher alone dotted', () => {
    const [gx, gy] = LAYOUTS.sequence.goal;
    const episode = testEpisode(2, 0.1, (i) => [gx + 0.3 * i, gy + 0.4 * i, 0.05]);
    const { data } = goalDistanceFigure(
      [{ id: 'agent', label: 'agent', episode }, { id: 'together', label: 'teachers together', episode }, { id: 'goal', label: 'goal alone', episode }],
      { composition: 'sequence' },
    );
    expect(data.map((d) => d.name)).toEqual(['agent', 'teachers together', 'goal alone']);
    const { x, y } = xy(data[0]);
    expect(x).toEqual([0, 0.1]);
    expect(y?.[0]).toBe(0);
    expect(y?.[1]).toBeCloseTo(0.5, 12);
    expect(data.map((d) => ('line' in d && d.line && 'dash' in d.line ? d.line.dash : undefined))).toEqual(['solid', 'solid', 'dot']);
  });
});
