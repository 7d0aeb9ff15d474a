/**
 * The humanoid's teachers for the learner (Q_T = log π_T on sampled actions):
 * the stand balance controller and the walking controller with its shipped
 * gains (walkGains.json, written by `npm run train-teachers`). Each can speak
 * for the whole body or for one group of actuators (a legs teacher and an
 * upper-body teacher side by side are the parallel composition).
 */
import { ControllerTeacher } from './controllerTeacher';
import { HUMANOID_JOINTS } from './humanoidModel';
import { standController } from './standController';
import { walkController } from './walkController';
import walkGains from './walkGains.json';
import { parseWalkSpec, type WalkTeacherSpec } from './walkSearch';

export type ActuatorGroup = 'all' | 'legs' | 'upper';

/** Actuator indices (HUMANOID_JOINTS order) of each group. */
export const ACTUATOR_GROUPS: Readonly<Record<ActuatorGroup, readonly number[]>> = {
  all: HUMANOID_JOINTS.map((_, i) => i),
  legs: HUMANOID_JOINTS.flatMap((j, i) => (/hip|knee|ankle/.test(j) ? [i] : [])),
  upper: HUMANOID_JOINTS.flatMap((j, i) => (/abdomen|shoulder|elbow/.test(j) ? [i] : [])),
};

/** Default width of a teacher's Gaussian (ctrl units): the controller held for 1000 steps under σ = 0.05 noise. */
export const TEACHER_STD = 0.1;

/** The shipped walk teacher: its gait clock's period (s) and its gains. */
export const WALK_TEACHER: WalkTeacherSpec = parseWalkSpec(walkGains);

const teacherName = (base: string, group: ActuatorGroup): string => (group === 'all' ? base : `${base}-${group}`);

export function standTeacher(obsNames: readonly string[], group: ActuatorGroup = 'all', std = TEACHER_STD): ControllerTeacher {
  return new ControllerTeacher(teacherName('stand', group), standController(), obsNames, HUMANOID_JOINTS.length, std, ACTUATOR_GROUPS[group]);
}

/** The walk teacher; the observation must carry the gait clock (an env with clockPeriod = WALK_TEACHER.period). */
export function walkTeacher(obsNames: readonly string[], group: ActuatorGroup = 'all', std = TEACHER_STD): ControllerTeacher {
  if (!obsNames.includes('clock:sin')) throw new Error('the walk teacher needs the gait clock in the observation (an env with clockPeriod set)');
  return new ControllerTeacher(teacherName('walk', group), walkController(WALK_TEACHER.gains), obsNames, HUMANOID_JOINTS.length, std, ACTUATOR_GROUPS[group]);
}
