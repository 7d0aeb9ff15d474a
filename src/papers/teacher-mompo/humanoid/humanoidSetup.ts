/**
 * From params to the humanoid stand task: the env options, the stand teacher
 * when it is on, the learner's objectives (the task reward, and the teacher's
 * log-density either everywhere or, with the selection head, only where the
 * head picks it), and the head-height statistic the evaluations report.
 * Selection choices: 0 = the task alone, 1 + i = teacher i.
 */
import { rewardObjective, selectedTeacherObjective, teacherObjective, type Objective } from '../../../core/rl/objectives';
import type { TeacherParams } from '../params';
import type { EvalStat } from '../rollout';
import { epsKey } from '../setup';
import type { ControllerTeacher } from './controllerTeacher';
import { HumanoidEnv, type HumanoidEnvOptions } from './humanoidEnv';
import { standTeacher } from './humanoidTeachers';

export function humanoidEnvOptions(p: TeacherParams): HumanoidEnvOptions {
  return { task: 'stand', episodeLength: p.episodeLength, initNoise: p.initNoise, fallHeight: p.fallHeight, clockPeriod: 0 };
}

/** The humanoid's teachers switched on (for now only the stand teacher exists). */
export function humanoidTeachers(p: TeacherParams, obsNames: readonly string[]): ControllerTeacher[] {
  return p.tStand ? [standTeacher(obsNames, 'all', p.teacherStd)] : [];
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

/** Training and evaluation envs, teachers (`withTeachers` false: none) and objectives for one agent. */
export async function humanoidKit(p: TeacherParams, withTeachers: boolean): Promise<HumanoidKit> {
  const env = await HumanoidEnv.create(humanoidEnvOptions(p));
  const evalEnv = await HumanoidEnv.create(humanoidEnvOptions(p));
  const names = env.observationSpec.names;
  const teachers = withTeachers ? humanoidTeachers(p, names) : [];
  return {
    env, evalEnv, teachers, objectives: humanoidObjectives(p, teachers), teacherChoices: selectionChoices(p, teachers),
    evalStats: [headHeightStat(names)],
    dispose() {
      env.dispose();
      evalEnv.dispose();
    },
  };
}
