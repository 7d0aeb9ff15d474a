/**
 * Which fields each domain reads, and its key controls. The three domains
 * share the learner (one schema, one link), so a field the domain ignores
 * (the point mass's composition on the humanoid, the humanoid's teachers on
 * the point mass) stays in the link but folds into "Not used by this domain".
 * The schema's own `primary` flags are the point mass's (the default domain);
 * `domainSchema` re-flags them for the domain shown.
 */
import type { Schema } from '../../core/params/schema';
import { teacherSchema, type Domain, type TeacherParams } from './params';

type FieldName = keyof TeacherParams;

/** Fields only the point mass reads (the humanoid has its own task, timestep and teachers, and runs no ε sweep). */
export const POINT_MASS_ONLY: readonly FieldName[] = [
  'composition', 'reward', 'tWaypoint', 'tGoal', 'tHold', 'tX', 'tY', 'epsWaypoint', 'epsGoal', 'epsHold', 'epsX', 'epsY', 'shortfall',
  'timestep', 'substeps', 'sweepPoints', 'sweepMin', 'sweepMax', 'sweepSteps',
];

/** Fields only the humanoid (stand and walk) reads. */
export const HUMANOID_ONLY: readonly FieldName[] = ['tStand', 'epsStand', 'tWalk', 'epsWalk', 'selectTeachers', 'fallHeight', 'initNoise'];

/** Each domain's key controls (4–7; the ones its "what to try" list uses), beside the figure. */
export const DOMAIN_PRIMARY: Readonly<Record<Domain, readonly FieldName[]>> = {
  pointMass: ['domain', 'composition', 'reward', 'epsGoal', 'shortfall'],
  humanoidStand: ['domain', 'tStand', 'epsStand', 'selectTeachers', 'initNoise'],
  humanoidWalk: ['domain', 'tWalk', 'epsWalk', 'tStand', 'selectTeachers'],
};

/** Every field, in schema order. */
function allFields(): FieldName[] {
  return Object.keys(teacherSchema).filter((n): n is FieldName => Object.hasOwn(teacherSchema, n));
}

/** Fields the domain does not read. */
export function unusedFields(domain: Domain): FieldName[] {
  const unused = domain === 'pointMass' ? HUMANOID_ONLY : POINT_MASS_ONLY;
  return allFields().filter((n) => unused.includes(n));
}

/** Fields the domain reads, in schema order. */
export function usedFields(domain: Domain): FieldName[] {
  const unused = unusedFields(domain);
  return allFields().filter((n) => !unused.includes(n));
}

/** The schema with `primary` set on exactly the given fields (groups unchanged). */
export function withPrimary<S extends Schema>(schema: S, primary: readonly (keyof S)[]): S {
  const out = { ...schema };
  for (const name in schema) out[name] = { ...schema[name], primary: primary.includes(name) };
  return out;
}

/** The schema as the domain's view shows it: its own key controls. */
export function domainSchema(domain: Domain): typeof teacherSchema {
  return withPrimary(teacherSchema, DOMAIN_PRIMARY[domain]);
}
