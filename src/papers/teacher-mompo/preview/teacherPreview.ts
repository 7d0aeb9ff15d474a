/**
 * What the panel shows before any run, computed at once without training: the
 * domain's MuJoCo scene and the teachers' own episodes from the first
 * evaluation start (the seed the run's evaluations and replays use). On the
 * point mass: the teachers that are on acting together (the product of their
 * Gaussians of equal σ_T, centred on the mean of their actions per force),
 * then each teacher of the composition alone. On the humanoid: the task's
 * teacher (stand, or walk on the walk task), as the run's `teacherEpisode`.
 * Runs in the preview worker (previewWorker.ts) and in Node tests.
 */
import type { TeacherPolicy } from '../rl/objectives';
import { loadMujoco } from '../rl/loadMujoco';
import type { SceneDescription } from '../rl/sceneDescription';
import { HumanoidEnv } from '../humanoid/humanoidEnv';
import { availableTeachers, humanoidEnvOptions, humanoidTask } from '../humanoid/humanoidSetup';
import type { Domain, TeacherParams } from '../params';
import { PointMassEnv } from '../pointMassEnv';
import { recordEpisode, teacherActor, type Actor, type EpisodeRecord } from '../rollout';
import { activeTeachers, allTeachers, envConfig } from '../setup';
import { EVAL_SEED0 } from '../trainAgent';

export interface PreviewEpisode {
  /** 'together', or a teacher's name. */
  name: string;
  label: string;
  episode: EpisodeRecord;
}

export interface TeacherPreview {
  domain: Domain;
  scene: SceneDescription;
  episodes: PreviewEpisode[];
}

/** The fields a preview depends on (a change of any other field keeps it). */
export const PREVIEW_FIELDS = [
  'domain', 'composition', 'reward', 'tWaypoint', 'tGoal', 'tHold', 'tX', 'tY', 'tWalk', 'teacherStd', 'shortfall',
  'episodeLength', 'timestep', 'substeps', 'initNoise', 'fallHeight',
] as const satisfies readonly (keyof TeacherParams)[];

/** A stable key of the preview's inputs, to recompute only when one changes. */
export function previewKey(p: TeacherParams): string {
  return JSON.stringify(PREVIEW_FIELDS.map((k) => p[k]));
}

/** The teachers acting together: per force, the mean of the actions of the teachers that speak for it and are active. */
export function togetherActor(teachers: readonly TeacherPolicy[]): Actor {
  return (obs) => {
    const sum = new Float32Array(2);
    const count = new Float32Array(2);
    for (const t of teachers) {
      if (t.active && !t.active(obs)) continue;
      const mean = t.act(obs).mean;
      for (const d of t.dims ?? [0, 1]) {
        sum[d] += mean[d];
        count[d] += 1;
      }
    }
    return sum.map((s, d) => (count[d] ? s / count[d] : 0));
  };
}

async function pointMassPreview(p: TeacherParams): Promise<TeacherPreview> {
  const mj = await loadMujoco();
  const env = new PointMassEnv(mj, envConfig(p));
  try {
    const all = allTeachers(p);
    const on = activeTeachers(p);
    const episodes: PreviewEpisode[] = on.length
      ? [{ name: 'together', label: `${on.map((t) => t.name).join(' + ')} together`, episode: recordEpisode(env, togetherActor(on), EVAL_SEED0, on, 0) }]
      : [];
    for (const t of all) episodes.push({ name: t.name, label: `${t.name} alone`, episode: recordEpisode(env, teacherActor(t), EVAL_SEED0, [t], 0) });
    return { domain: 'pointMass', scene: env.scene(), episodes };
  } finally {
    env.dispose();
  }
}

async function humanoidPreview(p: TeacherParams): Promise<TeacherPreview> {
  const env = await HumanoidEnv.create(humanoidEnvOptions(p));
  try {
    const task = humanoidTask(p);
    const teacher = availableTeachers(p, env.observationSpec.names).find((t) => t.name === task);
    const episodes: PreviewEpisode[] = teacher
      ? [{ name: task, label: `${task} teacher`, episode: recordEpisode(env, teacherActor(teacher), EVAL_SEED0, [], 0) }]
      : [];
    return { domain: p.domain, scene: env.scene(), episodes };
  } finally {
    env.dispose();
  }
}

export function teacherPreview(p: TeacherParams): Promise<TeacherPreview> {
  return p.domain === 'pointMass' ? pointMassPreview(p) : humanoidPreview(p);
}
