/**
 * Which teacher the agent chooses: the selection head's probability of each
 * choice (the task alone, then each teacher) at every step (x in seconds) of
 * the latest evaluation episode, stacked.
 */
import type { Data } from 'plotly.js-dist-min';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { TeacherRecording } from '../experiment';
import type { TeacherParams } from '../params';
import type { EpisodeRecord } from '../rollout';
import { CHOICE_COLOURS } from './colours';

/** Per choice, its probability at each step of the episode: [K][T]. */
export function choiceTraces(ep: EpisodeRecord | null, k: number): number[][] {
  const c = ep?.choice ?? [];
  return Array.from({ length: k }, (_, j) => c.map((p) => p[j] ?? 0));
}

/** `selectTeachers`: whether the head is on in the settings (what fills the empty axes). */
export function choiceFigure(rec: Pick<TeacherRecording, 'artifacts'>, params: Pick<TeacherParams, 'selectTeachers'>): Figure {
  const choices = rec.artifacts.setup?.choices ?? [];
  const ep = rec.artifacts.episode ?? null;
  const traces = choiceTraces(ep, choices.length);
  const t = traces[0]?.map((_, i) => i * (ep?.dt ?? 0)) ?? [];
  return {
    data: choices.map((name, j): Data => ({
      type: 'scatter', mode: 'lines', name: `p(${name})`, x: t, y: traces[j], stackgroup: 'choice', line: { color: CHOICE_COLOURS[j % CHOICE_COLOURS.length], width: 1 },
    })),
    layout: {
      title: { text: 'Teacher choice over the episode' }, xaxis: { title: { text: 'time (s)' } }, yaxis: { range: [0, 1], title: { text: 'probability' } },
      ...emptyNote(t.length === 0, params.selectTeachers ? 'Press Run: filled at each evaluation' : 'Switch on "Teacher selection head" and run'),
    },
  };
}
