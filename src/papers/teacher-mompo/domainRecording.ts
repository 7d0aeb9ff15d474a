/**
 * What the panel reads from a recording of this experiment (live, stored or
 * recorded), in one place: the artifacts experiment.ts and
 * humanoid/humanoidExperiment.ts emit, under their types, and the domain the
 * recording belongs to. A recording of another domain (the recorded point-mass
 * run while the humanoid is chosen) reads as empty, so no view draws another
 * domain's curves.
 */
import type { MetricRow } from '../../core/runner/RunRecorder';
import type { SceneDescription } from './rl/sceneDescription';
import type { RunSetup, TradeoffPoint } from './experiment';
import type { Domain } from './params';
import type { EpisodeRecord } from './rollout';

export interface TeacherRecording {
  rows: readonly MetricRow[];
  scene: SceneDescription | null;
  setup: RunSetup | null;
  /** The latest evaluation episode of the agent with teachers. */
  episode: EpisodeRecord | null;
  /** Humanoid: the task's teacher's own episode from the first evaluation start. */
  teacherEpisode: EpisodeRecord | null;
  /** Each teacher alone: success rate, mean head height (humanoid), task return (humanoid). */
  teacherSuccess: Record<string, number> | null;
  teacherHead: Record<string, number> | null;
  teacherReturn: Record<string, number> | null;
  tradeoff: TradeoffPoint[];
}

const EMPTY: TeacherRecording = {
  rows: [], scene: null, setup: null, episode: null, teacherEpisode: null, teacherSuccess: null, teacherHead: null, teacherReturn: null, tradeoff: [],
};

export function readRecording(rec: { rows: readonly MetricRow[]; artifacts: Readonly<Record<string, unknown>> } | null, domain: Domain): TeacherRecording {
  if (!rec) return EMPTY;
  const a = rec.artifacts;
  const setup = (a.setup as RunSetup | undefined) ?? null;
  // A recording that has not yet said its domain (a run just started) is taken as this domain's.
  if (setup && setup.domain !== domain) return EMPTY;
  return {
    rows: rec.rows,
    scene: (a.scene as SceneDescription | undefined) ?? null,
    setup,
    episode: (a.episode as EpisodeRecord | undefined) ?? null,
    teacherEpisode: (a.teacherEpisode as EpisodeRecord | undefined) ?? null,
    teacherSuccess: (a.teacherSuccess as Record<string, number> | undefined) ?? null,
    teacherHead: (a.teacherHead as Record<string, number> | undefined) ?? null,
    teacherReturn: (a.teacherReturn as Record<string, number> | undefined) ?? null,
    tradeoff: (a.tradeoff as TradeoffPoint[] | undefined) ?? [],
  };
}

/** The compared run (recorded, or replaced by a restart) to draw faded behind the reader's, when it is of this domain. */
export function recordedOf(recorded: { rows: readonly MetricRow[]; artifacts: Readonly<Record<string, unknown>>; params: Record<string, unknown> } | null, domain: Domain): TeacherRecording | null {
  if (!recorded || recorded.params.domain !== domain) return null;
  return readRecording(recorded, domain);
}
