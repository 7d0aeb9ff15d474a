/**
 * The selection head's choice along one episode: per step (x in seconds),
 * the probability of each choice (the task alone, then each teacher), stacked.
 */
import type { Data, Layout } from 'plotly.js-dist-min';
import type { EpisodeRecord } from '../rollout';
import { CHOICE_COLOURS } from './colours';

/** Per choice, its probability at each step of the episode: [K][T]. */
export function choiceTraces(ep: EpisodeRecord | null, k: number): number[][] {
  const c = ep?.choice ?? [];
  return Array.from({ length: k }, (_, j) => c.map((p) => p[j] ?? 0));
}

export function choicePlotTraces(ep: EpisodeRecord | null, choices: readonly string[]): Data[] {
  const traces = choiceTraces(ep, choices.length);
  const t = traces[0]?.map((_, i) => i * (ep?.dt ?? 0)) ?? [];
  return choices.map((name, j): Data => ({
    type: 'scatter', mode: 'lines', name: `p(${name})`, x: t, y: traces[j], stackgroup: 'choice', line: { color: CHOICE_COLOURS[j % CHOICE_COLOURS.length], width: 1 },
  }));
}

export const CHOICE_LAYOUT: Partial<Layout> = {
  title: { text: 'Teacher choice over the episode' }, xaxis: { title: { text: 'time (s)' } }, yaxis: { range: [0, 1], title: { text: 'probability' } },
};
