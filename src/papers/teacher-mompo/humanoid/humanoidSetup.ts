/**
 * From params to the humanoid stand or walk task: the env options (the walk
 * task, or the walk teacher, adds the gait clock to the observation of every
 * agent, with or without teachers), the stand and walk teachers that are on,
 * the learner's objectives (the task reward, and the teacher's
 * log-density either everywhere or, with the selection head, only where the
 * head picks it), and the statistics the evaluations report (head height;
 * for walk also the forward speed).
 * Selection choices: 0 = the task alone, 1 + i = teacher i.
 */
import { rewardObjective, selectedTeacherObjective, teacherObjective, type Objective } from '../rl/objectives';
import type { TeacherParams } from '../params';
import type { EvalStat } from '../rollout';
import { epsKey } from '../setup';
import type { ControllerTeacher } from './controllerTeacher';
import { HumanoidEnv, type HumanoidEnvOptions } from './humanoidEnv';
import type { HumanoidTask } from './humanoidTasks';
import { standTeacher, WALK_TEACHER, walkTeacher } from './humanoidTeachers';

export function isHumanoid(p: Pick<TeacherParams, 'domain'>): boolean {
  return p.domain === 'humanoidStand' || p.domain === 'humanoidWalk';
}

export function humanoidTask(p: Pick<TeacherParams, 'domain'>): HumanoidTask {
  return p.domain === 'humanoidWalk' ? 'walk' : 'stand';
}

export function humanoidEnvOptions(p: TeacherParams): HumanoidEnvOptions {
  const clock = humanoidTask(p) === 'walk' || p.tWalk;
  return { task: humanoidTask(p), episodeLength: p.episodeLength, initNoise: p.initNoise, fallHeight: p.fallHeight, clockPeriod: clock ? WALK_TEACHER.period : 0 };
}

/** The humanoid's teachers switched on, stand before walk. */
export function humanoidTeachers(p: TeacherParams, obsNames: readonly string[]): ControllerTeacher[] {
  return [
    ...(p.tStand ? [standTeacher(obsNames, 'all', p.teacherStd)] : []),
    ...(p.tWalk ? [walkTeacher(obsNames, 'all', p.teacherStd)] : []),
  ];
}

/** Every teacher the observation can feed, on or off (to measure each alone): the walk teacher needs the gait clock. */
export function availableTeachers(p: TeacherParams, obsNames: readonly string[]): ControllerTeacher[] {
  return humanoidTeachers({ ...p, tStand: true, tWalk: obsNames.includes('clock:sin') }, obsNames);
}

/** Names of the selection head's choices: the task alone, then each teacher. */
export function choiceNames(teachers: readonly { name: string }[]): string[] {
  return ['task only', ...teachers.map((t) => `${t.name} teacher`)];
}

/** Choices of the selection head (0 when selection is off or there is no teacher to select). */
export function selectionChoices(p: TeacherParams, teachers: readonly unknown[]): number {
  return p.selectTeachers && teachers.length ? teachers.length + 1 : 0;
}

export function humanoidObjectives(p: TeacherParams, teachers: readonly ControllerTeacher[]): Objective[] {
  const select = selectionChoices(p, teachers) > 0;
  return [
    rewardObjective('task', p.epsTask),
    ...teachers.map((t, i) => {
      const eps = p[epsKey(t.name)] as number;
      return select ? selectedTeacherObjective(t, i + 1, eps, 'mean') : teacherObjective(t, eps);
    }),
  ];
}

/** Mean head height over an evaluation episode's steps; reads the observation's `head_height` column. */
export function headHeightStat(obsNames: readonly string[]): EvalStat {
  const i = obsNames.indexOf('head_height');
  if (i < 0) throw new Error('the humanoid observation has no head_height column');
  return { name: 'headHeight', read: (obs) => obs[i] };
}

export interface HumanoidKit {
  env: HumanoidEnv;
  evalEnv: HumanoidEnv;
  teachers: ControllerTeacher[];
  objectives: Objective[];
  teacherChoices: number;
  evalStats: EvalStat[];
  dispose(): void;
}

/** Mean forward speed (m/s, heading frame) over an evaluation episode's steps. */
export function speedStat(obsNames: readonly string[]): EvalStat {
  const i = obsNames.indexOf('com_vel_heading:forward');
  if (i < 0) throw new Error('the humanoid observation has no com_vel_heading:forward column');
  return { name: 'speed', read: (obs) => obs[i] };
}

/** The statistics each evaluation reports for this task. */
export function humanoidStats(p: TeacherParams, obsNames: readonly string[]): EvalStat[] {
  return humanoidTask(p) === 'walk' ? [headHeightStat(obsNames), speedStat(obsNames)] : [headHeightStat(obsNames)];
}

/** Training and evaluation envs, teachers (`withTeachers` false: none) and objectives for one agent. */
export async function humanoidKit(p: TeacherParams, withTeachers: boolean): Promise<HumanoidKit> {
  const env = await HumanoidEnv.create(humanoidEnvOptions(p));
  const evalEnv = await HumanoidEnv.create(humanoidEnvOptions(p));
  const names = env.observationSpec.names;
  const teachers = withTeachers ? humanoidTeachers(p, names) : [];
  return {
    env, evalEnv, teachers, objectives: humanoidObjectives(p, teachers), teacherChoices: selectionChoices(p, teachers),
    evalStats: humanoidStats(p, names),
    dispose() {
      env.dispose();
      evalEnv.dispose();
    },
  };
}
