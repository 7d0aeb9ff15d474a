/**
 * The humanoid stand claim (issue 13, first claim): after the claim preset's
 * budget, MO-MPO with the stand teacher as an objective holds a higher mean
 * head height over the evaluation episodes than the same agent (same seed,
 * same settings) without teachers, at the same number of env steps.
 */
import type { Claim, ClaimContext, ClaimResult } from '../../../core/claims';
import { presetParams } from '../../../core/params/presets';
import { Rng } from '../../../core/rng';
import { teacherSchema, type TeacherParams } from '../params';
import { teacherPresets } from '../presets';
import { runAgent } from '../runAgent';
import { humanoidKit } from './humanoidSetup';

interface HeadCurve {
  steps: number[];
  head: number[];
  seconds: number;
}

/** Trains one humanoid agent and returns its mean head height per evaluation. */
export async function headCurve(p: TeacherParams, withTeachers: boolean, ctx: ClaimContext, label: string, part = { at: 0, of: 1 }): Promise<HeadCurve> {
  const t0 = performance.now();
  const curve: HeadCurve = { steps: [], head: [], seconds: 0 };
  const events = runAgent({
    p, teachers: [], makeKit: () => humanoidKit(p, withTeachers), envSteps: p.envSteps, rng: new Rng(ctx.rng.seed).fork('agent'), signal: ctx.signal,
    segment: 0, prefix: '', label, offset: 0, total: p.envSteps, main: false,
    onEval: (s, _success, _ret, stats) => {
      curve.steps.push(s);
      curve.head.push(stats.headHeight);
    },
  });
  for await (const ev of events) if (ev.kind === 'progress') ctx.onProgress?.((part.at + ev.done / ev.total) / part.of, ev.label ?? label);
  if (ctx.signal.aborted) throw new Error('the claim was stopped before it finished');
  curve.seconds = (performance.now() - t0) / 1000;
  return curve;
}

export const standTeacherHelps: Claim = {
  id: 'teacher-mompo-humanoid-stand',
  statement: 'On humanoid stand, after the same number of environment steps, the agent with the stand teacher as an objective holds a higher mean head height over an episode than the agent without teachers.',
  source: 'Issue 13, first claim (the paper\'s humanoid domain, DM Control; facts file §1: teachers speed up learning)',
  preset: 'claims-stand',
  async run(ctx): Promise<ClaimResult> {
    const p = presetParams(teacherSchema, teacherPresets, 'claims-stand');
    const teach = await headCurve(p, true, ctx, 'with the stand teacher', { at: 0, of: 2 });
    const base = await headCurve(p, false, ctx, 'without teachers', { at: 1, of: 2 });
    const a = teach.head[teach.head.length - 1];
    const b = base.head[base.head.length - 1];
    const fmt = (c: HeadCurve) => c.steps.map((s, i) => `${s}: ${c.head[i].toFixed(2)}`).join(', ');
    return {
      measured: `mean head height ${a.toFixed(2)} m with the stand teacher vs ${b.toFixed(2)} m without, after ${p.envSteps} env steps`,
      expected: 'with > without',
      pass: a > b,
      detail: `Policy mean on ${p.evalEpisodes} fixed starts of ${p.episodeLength} control steps (standing height 1.4 m). With: ${fmt(teach)}; without: ${fmt(base)}. Runs ${teach.seconds.toFixed(0)} s and ${base.seconds.toFixed(0)} s. The walk claim (teacher selection on walk) is not implemented: there is no locomotion teacher yet.`,
    };
  },
};
