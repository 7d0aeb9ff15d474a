/**
 * The arena's episodes over time: the ball's distance to the goal (metres)
 * at each control step, one line per episode the arena can replay (the
 * agent's, the teachers' together and each teacher alone). MuJoCo body 1 is
 * the ball; xpos rows are [nbody*3] metres.
 */
import type { Data } from 'plotly.js-dist-min';
import type { Figure } from '../../../ui/figure';
import { LAYOUTS } from '../arena';
import type { ArenaEpisode } from '../arenaEpisodes';
import type { TeacherParams } from '../params';
import type { EpisodeRecord } from '../rollout';
import { LAYOUT_OF } from '../setup';
import { objectiveColour, WITH } from './colours';

const BALL = 1;

export function goalDistance(ep: EpisodeRecord, goal: readonly [number, number]): { t: number[]; d: number[] } {
  return {
    t: ep.xpos.map((_, i) => i * ep.dt),
    d: ep.xpos.map((f) => Math.hypot(f[3 * BALL] - goal[0], f[3 * BALL + 1] - goal[1])),
  };
}

/** The goal is the composition's arena's. */
export function goalDistanceFigure(episodes: readonly Pick<ArenaEpisode, 'id' | 'label' | 'episode'>[], params: Pick<TeacherParams, 'composition'>): Figure {
  const goal = LAYOUTS[LAYOUT_OF[params.composition]].goal;
  return {
    data: episodes.map(({ id, label, episode }): Data => {
      const { t, d } = goalDistance(episode, goal);
      const colour = id === 'agent' ? WITH : id === 'together' ? '#333333' : objectiveColour(id);
      return { type: 'scatter', mode: 'lines', name: label, x: t, y: d, line: { color: colour, dash: id === 'agent' || id === 'together' ? 'solid' : 'dot' } };
    }),
    layout: {
      title: { text: 'Distance to the goal along each episode' }, xaxis: { title: { text: 'time (s)' } }, yaxis: { title: { text: 'distance to the goal (m)' }, rangemode: 'tozero' },
    },
  };
}
