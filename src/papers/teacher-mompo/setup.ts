/**
 * From params to a task: the arena layout, the env config, the teachers that
 * apply to the composition and are switched on, and the learner's objectives
 * (the task reward plus one Q-value objective per teacher).
 */
import { ACME_MOMPO, type MompoConfig, type MompoLiveSettings } from './rl/mompoLearner';
import { rewardObjective, teacherObjective, type Objective, type TeacherPolicy } from './rl/objectives';
import { LAYOUTS, type Layout } from './arena';
import { OBS_NAMES, type PointMassConfig } from './pointMassEnv';
import type { Composition, TeacherParams } from './params';
import { makeTeacher, type ScriptedTeacher, type TeacherName } from './teachers';

export const LAYOUT_OF: Record<Composition, Layout> = { sequence: 'sequence', parallel: 'reach', beyond: 'obstacle' };

/** Teachers that make sense in each composition. */
export const TEACHERS_OF: Record<Composition, TeacherName[]> = {
  sequence: ['waypoint', 'goal', 'hold'],
  parallel: ['x', 'y', 'goal', 'hold'],
  beyond: ['goal', 'hold'],
};

const TOGGLE: Record<TeacherName, keyof TeacherParams> = { waypoint: 'tWaypoint', goal: 'tGoal', hold: 'tHold', x: 'tX', y: 'tY' };
export const EPS_OF = { waypoint: 'epsWaypoint', goal: 'epsGoal', hold: 'epsHold', x: 'epsX', y: 'epsY' } as const satisfies Record<TeacherName, keyof TeacherParams>;

/** Each given point-mass teacher's ε set to `eps` (a run of the ε_T sweep, the cap claim's runs). */
export function sweptEpsilons(teachers: readonly ScriptedTeacher[], eps: number): Partial<TeacherParams> {
  const swept: Partial<TeacherParams> = {};
  for (const t of teachers) swept[EPS_OF[t.name]] = eps;
  return swept;
}

export function envConfig(p: TeacherParams): PointMassConfig {
  return { layout: LAYOUTS[LAYOUT_OF[p.composition]], reward: p.reward, episodeLength: p.episodeLength, timestep: p.timestep, substeps: p.substeps };
}

/** The teachers switched on for this composition. */
export function activeTeachers(p: TeacherParams): ScriptedTeacher[] {
  const layout = LAYOUTS[LAYOUT_OF[p.composition]];
  return TEACHERS_OF[p.composition]
    .filter((n) => p[TOGGLE[n]] === true)
    .map((n) => makeTeacher(n, layout, { std: p.teacherStd, shortfall: p.shortfall, phased: p.composition === 'sequence' }));
}

/** Every teacher of the composition, on or off (to measure their own success). */
export function allTeachers(p: TeacherParams): ScriptedTeacher[] {
  const layout = LAYOUTS[LAYOUT_OF[p.composition]];
  return TEACHERS_OF[p.composition].map((n) => makeTeacher(n, layout, { std: p.teacherStd, shortfall: p.shortfall, phased: p.composition === 'sequence' }));
}

/** The task objective first, then one objective per teacher with its ε. */
export function objectivesFor(p: TeacherParams, teachers: readonly TeacherPolicy[]): Objective[] {
  return [rewardObjective('task', p.epsTask), ...teachers.map((t) => teacherObjective(t, p[epsKey(t.name)] as number))];
}

/** The param holding an objective's ε (point-mass teachers, the humanoid's stand and walk teachers, the task). */
export function epsKey(objective: string): keyof TeacherParams {
  if (objective === 'task') return 'epsTask';
  if (objective === 'stand') return 'epsStand';
  if (objective === 'walk') return 'epsWalk';
  return EPS_OF[objective as TeacherName];
}

/** Refreshes each objective's ε from (live) params. */
export function updateEpsilons(objectives: Objective[], p: TeacherParams): void {
  for (const o of objectives) {
    const v = p[epsKey(o.name)];
    if (typeof v === 'number') o.epsilon = v;
  }
}

/** Sets each teacher's σ_T from (live) params. */
export function updateTeacherStd(teachers: readonly TeacherPolicy[], p: TeacherParams): void {
  for (const t of teachers) t.setStd?.(p.teacherStd);
}

/** The learner settings an update reads from (live) params. */
export function learnerLive(p: TeacherParams): MompoLiveSettings {
  return { policyLr: p.policyLr, criticLr: p.criticLr, dualLr: p.dualLr, epsMean: p.epsMean, epsStd: p.epsStd, targetPeriod: p.targetPeriod };
}

export function learnerConfig(p: TeacherParams): MompoConfig {
  return {
    ...ACME_MOMPO,
    obsSize: OBS_NAMES.length, actionSize: 2,
    policyHidden: [p.hidden, p.hidden], criticHidden: [p.hidden, p.hidden], initStd: p.initStd,
    samples: p.samples, discount: p.discount, targetPeriod: p.targetPeriod,
    policyLr: p.policyLr, criticLr: p.criticLr, dualLr: p.dualLr, epsMean: p.epsMean, epsStd: p.epsStd,
  };
}
