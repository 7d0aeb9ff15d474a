/**
 * The humanoid-stand branch of the teacher-policies run: the scene, the
 * setup, the stand teacher alone (its success, mean head height and one
 * recorded episode on the first evaluation seed, for the side-by-side
 * replay), then MO-MPO with the stand teacher as an objective (or gated by a
 * selection head) and, with `baseline`, the same agent without teachers on
 * the same seed.
 *
 * Artifacts: `scene`, `setup` (RunSetup, domain 'humanoidStand'),
 * `teacherSuccess` and `teacherHead` (per teacher alone), `teacherEpisode`
 * (EpisodeRecord of the stand teacher), `episode`, `weights`; metrics as the
 * point mass plus `headHeight` (mean over the evaluation episodes' steps).
 */
import type { RunContext, RunEvent } from '../../../core/experiment';
import type { RunSetup } from '../experiment';
import type { TeacherParams } from '../params';
import { evaluate, recordEpisode, teacherActor } from '../rollout';
import { runAgent } from '../runAgent';
import { EVAL_SEED0 } from '../trainAgent';
import { HumanoidEnv } from './humanoidEnv';
import { choiceNames, headHeightStat, humanoidEnvOptions, humanoidKit, humanoidTeachers, selectionChoices } from './humanoidSetup';

export async function* humanoidExperiment(params: TeacherParams, ctx: RunContext<TeacherParams>): AsyncGenerator<RunEvent, void, void> {
  const probe = await HumanoidEnv.create(humanoidEnvOptions(params));
  const names = probe.observationSpec.names;
  const teachers = humanoidTeachers(params, names);
  try {
    yield { kind: 'artifact', name: 'scene', data: probe.scene() };
    const setup: RunSetup = {
      domain: 'humanoidStand', composition: params.composition, teachers: teachers.map((t) => t.name), reward: params.reward,
      ...(selectionChoices(params, teachers) ? { choices: choiceNames(teachers) } : {}),
    };
    yield { kind: 'artifact', name: 'setup', data: setup };
    const seeds = Array.from({ length: params.evalEpisodes }, (_, i) => EVAL_SEED0 + i);
    const success: Record<string, number> = {};
    const head: Record<string, number> = {};
    for (const t of humanoidTeachers({ ...params, tStand: true }, names)) {
      const r = evaluate(probe, teacherActor(t), seeds, [headHeightStat(names)]);
      success[t.name] = r.successRate;
      head[t.name] = r.stats.headHeight;
      if (t.name === 'stand') yield { kind: 'artifact', name: 'teacherEpisode', data: recordEpisode(probe, teacherActor(t), seeds[0], [], 0) };
    }
    yield { kind: 'artifact', name: 'teacherSuccess', data: success };
    yield { kind: 'artifact', name: 'teacherHead', data: head };
  } finally {
    probe.dispose();
  }
  const both = params.baseline && teachers.length > 0;
  const total = params.envSteps * (both ? 2 : 1);
  yield* runAgent({
    p: params, teachers: [], makeKit: () => humanoidKit(params, true), envSteps: params.envSteps, rng: ctx.rng.fork('agent'), signal: ctx.signal,
    segment: 0, prefix: '', label: teachers.length ? 'with the stand teacher' : 'no teachers', live: ctx.live, weights: ctx.weights, offset: 0, total, main: true,
  });
  if (ctx.signal.aborted || !both) return;
  yield* runAgent({
    p: params, teachers: [], makeKit: () => humanoidKit(params, false), envSteps: params.envSteps, rng: ctx.rng.fork('agent'), signal: ctx.signal,
    segment: 1, prefix: 'base', label: 'no teachers', offset: params.envSteps, total, main: false,
  });
}
