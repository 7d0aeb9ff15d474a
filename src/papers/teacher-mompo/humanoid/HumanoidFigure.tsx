/**
 * The humanoid's figure and its episode plot: the three.js replay (the agent
 * beside its task's teacher, or before any run the teacher alone, from the
 * preview) and the torso height and distance of the replayed episodes.
 */
import { useMemo } from 'react';
import { Plot } from '../../../ui/Plot';
import { TEACHER, WITH } from '../plots/colours';
import { EPISODE_LAYOUT, episodeTraces } from '../plots/episodePlot';
import type { PreviewState } from '../preview/useTeacherPreview';
import type { EpisodeRecord } from '../rollout';
import type { TeacherRecording } from '../teacherRecording';
import type { Domain } from '../params';
import { HumanoidView } from './HumanoidView';

/** The task's teacher episode: the run's own once it has one, else the preview's (same seed, same code). */
export function teacherEpisodeOf(rec: TeacherRecording, preview: PreviewState, domain: Domain): EpisodeRecord | null {
  if (rec.teacherEpisode) return rec.teacherEpisode;
  const p = preview.preview;
  return p && p.domain === domain ? (p.episodes[0]?.episode ?? null) : null;
}

export function HumanoidFigure({ rec, preview, domain, teacherName }: { rec: TeacherRecording; preview: PreviewState; domain: Domain; teacherName: string }) {
  const teacherEpisode = teacherEpisodeOf(rec, preview, domain);
  const scene = rec.scene ?? (preview.preview?.domain === domain ? preview.preview.scene : null);
  return <HumanoidView scene={scene} episode={rec.episode} teacherEpisode={teacherEpisode} teacherName={teacherName} />;
}

export function EpisodePlot({ rec, preview, domain, teacherName }: { rec: TeacherRecording; preview: PreviewState; domain: Domain; teacherName: string }) {
  const teacherEpisode = teacherEpisodeOf(rec, preview, domain);
  const data = useMemo(() => episodeTraces([
    ...(rec.episode ? [{ name: 'agent', episode: rec.episode, colour: WITH }] : []),
    ...(teacherEpisode ? [{ name: `${teacherName} teacher`, episode: teacherEpisode, colour: TEACHER }] : []),
  ]), [rec.episode, teacherEpisode, teacherName]);
  return <Plot name="teacher-episode" height={280} data={data} layout={EPISODE_LAYOUT} />;
}
