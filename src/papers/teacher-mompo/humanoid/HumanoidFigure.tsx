/**
 * The humanoid's figure and its episode plot: the three.js replay (the agent
 * beside its task's teacher, or before any run the teacher alone, from the
 * preview) and the torso height and distance of the replayed episodes.
 */
import { useMemo } from 'react';
import { Plot } from '../../../ui/Plot';
import type { TeacherRecording } from '../experiment';
import type { Domain } from '../params';
import { humanoidEpisodesFigure } from '../plots/humanoidEpisodes';
import type { PreviewState } from '../preview/useTeacherPreview';
import type { EpisodeRecord } from '../rollout';
import { HumanoidView } from './HumanoidView';

/** The task's teacher episode: the run's own once it has one, else the preview's (same seed, same code). */
export function teacherEpisodeOf(rec: TeacherRecording, preview: PreviewState, domain: Domain): EpisodeRecord | null {
  if (rec.artifacts.teacherEpisode) return rec.artifacts.teacherEpisode;
  const p = preview.preview;
  return p && p.domain === domain ? (p.episodes[0]?.episode ?? null) : null;
}

export function HumanoidFigure({ rec, preview, domain, teacherName }: { rec: TeacherRecording; preview: PreviewState; domain: Domain; teacherName: string }) {
  const teacherEpisode = teacherEpisodeOf(rec, preview, domain);
  const scene = rec.artifacts.scene ?? (preview.preview?.domain === domain ? preview.preview.scene : null);
  return <HumanoidView scene={scene} episode={rec.artifacts.episode ?? null} teacherEpisode={teacherEpisode} teacherName={teacherName} teacherMeanReturn={rec.artifacts.teacherReturn?.[teacherName]} />;
}

export function EpisodePlot({ rec, preview, domain, teacherName }: { rec: TeacherRecording; preview: PreviewState; domain: Domain; teacherName: string }) {
  const teacherEpisode = teacherEpisodeOf(rec, preview, domain);
  const agentEpisode = rec.artifacts.episode ?? null;
  const figure = useMemo(() => humanoidEpisodesFigure(agentEpisode, teacherEpisode, teacherName), [agentEpisode, teacherEpisode, teacherName]);
  return <Plot name="teacher-episode" height={280} {...figure} />;
}
