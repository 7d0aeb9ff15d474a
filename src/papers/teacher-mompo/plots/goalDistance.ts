/**
 * The arena's episodes over time: the ball's distance to the goal (metres)
 * at each control step, one line per episode (the agent's, the teachers'
 * together and each teacher alone). MuJoCo body 1 is the ball; xpos rows are
 * [nbody*3] metres.
 */
import type { Data, Layout } from 'plotly.js-dist-min';
import type { EpisodeRecord } from '../rollout';
import { objectiveColour, WITH } from './colours';

const BALL = 1;

export function goalDistance(ep: EpisodeRecord, goal: readonly [number, number]): { t: number[]; d: number[] } {
  return {
    t: ep.xpos.map((_, i) => i * ep.dt),
    d: ep.xpos.map((f) => Math.hypot(f[3 * BALL] - goal[0], f[3 * BALL + 1] - goal[1])),
  };
}

export function arenaEpisodeTraces(episodes: readonly { id: string; label: string; episode: EpisodeRecord }[], goal: readonly [number, number]): Data[] {
  return episodes.map(({ id, label, episode }): Data => {
    const { t, d } = goalDistance(episode, goal);
    const colour = id === 'agent' ? WITH : id === 'together' ? '#333333' : objectiveColour(id);
    return { type: 'scatter', mode: 'lines', name: label, x: t, y: d, line: { color: colour, dash: id === 'agent' || id === 'together' ? 'solid' : 'dot' } };
  });
}

export const ARENA_EPISODE_LAYOUT: Partial<Layout> = {
  title: { text: 'Distance to the goal along each episode' }, xaxis: { title: { text: 'time (s)' } }, yaxis: { title: { text: 'distance to the goal (m)' }, rangemode: 'tozero' },
};
