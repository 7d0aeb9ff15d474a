/**
 * The humanoid stand claim (issue 13, first claim): after the claim preset's
 * budget, MO-MPO with the stand teacher as an objective holds a higher mean
 * head height over the evaluation episodes than the same agent (same seed,
 * same settings) without teachers, at the same number of env steps.
 */
import { withAndWithoutTeachers, type Curve } from '../agentCurve';
import { teacherClaim } from '../teacherClaim';

export const standTeacherHelps = teacherClaim(
  'claims-stand',
  {
    id: 'teacher-mompo-humanoid-stand',
    statement: 'On humanoid stand, after the same number of environment steps, the agent with the stand teacher as an objective holds a higher mean head height over an episode than the agent without teachers.',
    source: 'Issue 13, first claim (the paper\'s humanoid domain, DM Control; facts file §1: teachers speed up learning)',
  },
  async (ctx, preset, p) => {
    const { teach, base } = await withAndWithoutTeachers(ctx, preset);
    const head = (c: Curve) => c.stats.headHeight ?? [];
    const a = head(teach)[head(teach).length - 1];
    const b = head(base)[head(base).length - 1];
    const fmt = (c: Curve) => c.steps.map((s, i) => `${s}: ${head(c)[i].toFixed(2)}`).join(', ');
    return {
      measured: `mean head height ${a.toFixed(2)} m with the stand teacher vs ${b.toFixed(2)} m without, after ${p.envSteps} env steps`,
      expected: 'with > without',
      pass: a > b,
      detail: `Policy mean on ${p.evalEpisodes} fixed starts of ${p.episodeLength} control steps (standing height 1.4 m). With: ${fmt(teach)}; without: ${fmt(base)}. Runs ${teach.seconds.toFixed(0)} s and ${base.seconds.toFixed(0)} s.`,
    };
  },
);
