/**
 * The humanoid's replayed episodes over time, from their recorded body poses:
 * the torso's height and its horizontal distance from where it started
 * (MuJoCo body 1 is the torso; xpos rows are [nbody*3] metres). The task's
 * teacher's own episode before any run, and beside it the agent's once there
 * is one.
 */
import type { Data } from 'plotly.js-dist-min';
import type { Figure } from '../../../ui/figure';
import type { EpisodeRecord } from '../rollout';
import { TEACHER, WITH } from './colours';

const TORSO = 1;

export interface EpisodeTrack {
  t: number[];
  height: number[];
  distance: number[];
}

export function episodeTrack(ep: EpisodeRecord): EpisodeTrack {
  const [x0, y0] = [ep.xpos[0]?.[3 * TORSO] ?? 0, ep.xpos[0]?.[3 * TORSO + 1] ?? 0];
  return {
    t: ep.xpos.map((_, i) => i * ep.dt),
    height: ep.xpos.map((f) => f[3 * TORSO + 2]),
    distance: ep.xpos.map((f) => Math.hypot(f[3 * TORSO] - x0, f[3 * TORSO + 1] - y0)),
  };
}

/** Torso height (left axis) and distance travelled (right axis) of the agent's episode and the `teacherName` teacher's. */
export function humanoidEpisodesFigure(agent: EpisodeRecord | null, teacher: EpisodeRecord | null, teacherName: string): Figure {
  const shown = [
    ...(agent ? [{ name: 'agent', episode: agent, colour: WITH }] : []),
    ...(teacher ? [{ name: `${teacherName} teacher`, episode: teacher, colour: TEACHER }] : []),
  ];
  return {
    data: shown.flatMap(({ name, episode, colour }): Data[] => {
      const tr = episodeTrack(episode);
      return [
        { type: 'scatter', mode: 'lines', name: `${name}: torso height`, x: tr.t, y: tr.height, line: { color: colour } },
        { type: 'scatter', mode: 'lines', name: `${name}: distance`, x: tr.t, y: tr.distance, yaxis: 'y2', line: { color: colour, dash: 'dot' } },
      ];
    }),
    layout: {
      title: { text: 'The replayed episodes: torso height and distance travelled' }, xaxis: { title: { text: 'time (s)' } },
      yaxis: { title: { text: 'torso height (m)' }, rangemode: 'tozero' }, yaxis2: { title: { text: 'distance from start (m)' }, rangemode: 'tozero' },
    },
  };
}
