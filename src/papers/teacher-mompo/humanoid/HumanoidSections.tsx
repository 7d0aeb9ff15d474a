/**
 * The humanoid's part of the panel: mean head height per evaluation with and
 * without teachers (shown in section 1), the three.js replay (agent beside the
 * stand teacher on stand, the walk teacher on walk, same seed), and, with the
 * selection head, which choice the head prefers at each step of the recorded
 * episode.
 */
import { useMemo } from 'react';
import type { Data } from 'plotly.js-dist-min';
import type { SceneDescription } from '../../../core/rl/sceneDescription';
import { Plot } from '../../../ui/Plot';
import type { EpisodeRecord } from '../rollout';
import { HumanoidView } from './HumanoidView';

const WITH = '#1f5fbf';
const WITHOUT = '#b3261e';
const CHOICE_COLOURS = ['#7a7a7a', '#e08a1e', '#2e9e4a', '#8e44ad'];

export interface HumanoidSectionsProps {
  scene: SceneDescription | null;
  episode: EpisodeRecord | null;
  teacherEpisode: EpisodeRecord | null;
  /** Names of the selection head's choices, when it is on. */
  choices: string[] | null;
  /** The teacher replayed beside the agent and drawn alone on the head plot: 'stand' or 'walk'. */
  teacherName: string;
  teacherHead: number | undefined;
  series(key: string): { x: number[]; y: number[] };
}

/** Per choice, its probability at each step of the episode: [K][T]. */
export function choiceTraces(ep: EpisodeRecord | null, k: number): number[][] {
  const c = ep?.choice ?? [];
  return Array.from({ length: k }, (_, j) => c.map((p) => p[j] ?? 0));
}

/** Mean head height per evaluation, with and without teachers, and the task's teacher alone. */
export function HeadHeightPlot({ teacherHead, teacherName, series }: Pick<HumanoidSectionsProps, 'teacherHead' | 'teacherName' | 'series'>) {
  const withHead = series('headHeight');
  const baseHead = series('baseheadHeight');
  const head = useMemo<Data[]>(() => {
    const xs = [...withHead.x, ...baseHead.x];
    const line: Data[] = teacherHead !== undefined && xs.length
      ? [{ type: 'scatter', mode: 'lines', name: `${teacherName} teacher alone`, x: [Math.min(...xs), Math.max(...xs)], y: [teacherHead, teacherHead], line: { color: '#e08a1e', dash: 'dash' } }]
      : [];
    return [
      { type: 'scatter', mode: 'lines+markers', name: 'with teachers', ...withHead, line: { color: WITH } },
      { type: 'scatter', mode: 'lines+markers', name: 'without teachers', ...baseHead, line: { color: WITHOUT, dash: 'dot' } },
      ...line,
    ];
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [withHead.x.length, baseHead.x.length, teacherHead, teacherName]);
  return (
    <Plot
      name="teacher-head" height={300} data={head}
      layout={{ title: { text: 'Mean head height per evaluation episode' }, xaxis: { title: { text: 'environment steps' } }, yaxis: { title: { text: 'head height (m); standing: 1.4' } } }}
    />
  );
}

export function HumanoidSections({ scene, episode, teacherEpisode, teacherName, choices }: Omit<HumanoidSectionsProps, 'teacherHead' | 'series'>) {
  const select = useMemo<Data[]>(() => {
    if (!choices) return [];
    const traces = choiceTraces(episode, choices.length);
    const t = traces[0]?.map((_, i) => i * (episode?.dt ?? 0)) ?? [];
    return choices.map((name, j): Data => ({
      type: 'scatter', mode: 'lines', name: `p(${name})`, x: t, y: traces[j], stackgroup: 'choice', line: { color: CHOICE_COLOURS[j % CHOICE_COLOURS.length], width: 1 },
    }));
  }, [choices, episode]);

  return (
    <>
      <section>
        <h2>2. Watch the humanoid</h2>
        <p className="hint">
          The latest evaluation episode of the agent, at real time, with the {teacherName} teacher's own episode from the same
          start beside it (orange). The camera follows the torsos; drag to orbit, scrub to step through.
        </p>
        <HumanoidView scene={scene} episode={episode} teacherEpisode={teacherEpisode} teacherName={teacherName} />
      </section>
      <section>
        <h2>3. Which teacher does the agent choose?</h2>
        {choices ? (
          <p className="hint">
            The selection head's probability of each choice at every step of the latest evaluation episode: the task reward
            alone, or one of the teachers that are on (stand, walk), whose objective then applies in that state.
          </p>
        ) : <p className="hint">Switch on "Teacher selection head" (or pick the humanoid-select preset) to train a head that chooses, per state, which teacher's objective applies (or none).</p>}
        <Plot
          name="teacher-selection" height={260} data={select}
          layout={{ title: { text: 'Teacher choice over the episode' }, xaxis: { title: { text: 'time (s)' } }, yaxis: { range: [0, 1], title: { text: 'probability' } } }}
        />
      </section>
    </>
  );
}
