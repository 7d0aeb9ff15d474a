import { describe, expect, it } from 'vitest';
import type { Data } from 'plotly.js-dist-min';
import { headHeightTraces, returnTraces, successTraces, walkReturnTraces } from './learningPlots';
import { choicePlotTraces } from './choicePlot';
import { episodeTrack } from './episodePlot';
import type { EpisodeRecord } from '../rollout';
import type { MetricRow } from '../../../core/runner/RunRecorder';

const rows: MetricRow[] = [
  { step: 0, values: { success: 0, taskReturn: 1, ll_goal: -3, headHeight: 1.2 } },
  { step: 5, values: { criticLoss: 2 } },
  { step: 500, values: { success: 0.5, taskReturn: 4, ll_goal: -1, basesuccess: 0.1, basetaskReturn: 2, headHeight: 1.3 } },
];
const xy = (d: Data) => ({ x: 'x' in d ? d.x : undefined, y: 'y' in d ? d.y : undefined });

describe('teacher plots', () => {
  it('success: one point per evaluation that carries the metric, with and without teachers', () => {
    const [w, wo] = successTraces(rows);
    expect(xy(w)).toEqual({ x: [0, 500], y: [0, 0.5] });
    expect(xy(wo)).toEqual({ x: [500], y: [0.1] });
  });

  it('returns: the task return, then each teacher on the right axis', () => {
    const t = returnTraces(rows, ['goal']);
    expect(t.map((d) => d.name)).toEqual(['task return, with teachers', 'task return, without', "log π_goal (agent's action)"]);
    expect(xy(t[2])).toEqual({ x: [0, 500], y: [-3, -1] });
    expect('yaxis' in t[2] && t[2].yaxis).toBe('y2');
  });

  it('head height and walk return: a flat teacher line across the evaluated steps, none before any', () => {
    const h = headHeightTraces(rows, 1.4, 'stand');
    expect(xy(h[2])).toEqual({ x: [0, 500], y: [1.4, 1.4] });
    expect(headHeightTraces([], 1.4, 'stand')).toHaveLength(2);
    expect(walkReturnTraces(rows, 9)[2].name).toBe('walk teacher alone');
  });

  it('episode track: time from dt, torso height and distance from the start', () => {
    const pose = (x: number, y: number, z: number) => [0, 0, 0, x, y, z];
    const ep: EpisodeRecord = { dt: 0.025, nbody: 2, xpos: [pose(1, 1, 1.3), pose(4, 5, 1.2)], xquat: [], agent: [], teachers: {}, taskReturn: 0, success: false, envSteps: 0 };
    expect(episodeTrack(ep)).toEqual({ t: [0, 0.025], height: [1.3, 1.2], distance: [0, 5] });
  });

  it('choice: one stacked trace per choice over the episode time', () => {
    const ep: EpisodeRecord = { dt: 0.5, nbody: 0, xpos: [], xquat: [], agent: [], teachers: {}, taskReturn: 0, success: false, envSteps: 0, choice: [[0.2, 0.8], [0.6, 0.4]] };
    const t = choicePlotTraces(ep, ['task only', 'stand teacher']);
    expect(t.map(xy)).toEqual([{ x: [0, 0.5], y: [0.2, 0.6] }, { x: [0, 0.5], y: [0.8, 0.4] }]);
  });
});

describe('arena episode plot', () => {
  it('distance from the ball (body 1) to the goal at each control step', async () => {
    const { goalDistance } = await import('./arenaEpisodePlot');
    const ep: EpisodeRecord = { dt: 0.05, nbody: 2, xpos: [[0, 0, 0, 0, 0, 0.05], [0, 0, 0, 3, 4, 0.05]], xquat: [], agent: [], teachers: {}, taskReturn: 0, success: false, envSteps: 0 };
    expect(goalDistance(ep, [0, 0])).toEqual({ t: [0, 0.05], d: [0, 5] });
  });
});
