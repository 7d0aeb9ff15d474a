/** A teacher-policies claim trained on one of the panel's presets, named once (core/claims.ts, claimsOnPresets). */
import { claimsOnPresets } from '../../core/claims';
import { teacherSchema } from './params';
import { teacherPresets } from './presets';

export const teacherClaim = claimsOnPresets(teacherSchema, teacherPresets);
