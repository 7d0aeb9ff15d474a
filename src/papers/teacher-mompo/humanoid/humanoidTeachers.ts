/**
 * The humanoid's teachers for the learner (Q_T = log π_T on sampled actions).
 * For now one scripted teacher, the stand balance controller; it can speak
 * for the whole body or for one group of actuators (a legs teacher and an
 * upper-body teacher side by side are the parallel composition).
 */
import { ControllerTeacher } from './controllerTeacher';
import { HUMANOID_JOINTS } from './humanoidModel';
import { standController } from './standController';

export type ActuatorGroup = 'all' | 'legs' | 'upper';

/** Actuator indices (HUMANOID_JOINTS order) of each group. */
export const ACTUATOR_GROUPS: Readonly<Record<ActuatorGroup, readonly number[]>> = {
  all: HUMANOID_JOINTS.map((_, i) => i),
  legs: HUMANOID_JOINTS.flatMap((j, i) => (/hip|knee|ankle/.test(j) ? [i] : [])),
  upper: HUMANOID_JOINTS.flatMap((j, i) => (/abdomen|shoulder|elbow/.test(j) ? [i] : [])),
};

/** Default width of a teacher's Gaussian (ctrl units): the controller held for 1000 steps under σ = 0.05 noise. */
export const TEACHER_STD = 0.1;

export function standTeacher(obsNames: readonly string[], group: ActuatorGroup = 'all', std = TEACHER_STD): ControllerTeacher {
  const name = group === 'all' ? 'stand' : `stand-${group}`;
  return new ControllerTeacher(name, standController(), obsNames, HUMANOID_JOINTS.length, std, ACTUATOR_GROUPS[group]);
}
