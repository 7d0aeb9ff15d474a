/**
 * The humanoid branch of the teacher-policies run (stand or walk): the
 * scene, the setup (domain 'humanoidStand' or 'humanoidWalk'), each teacher
 * the observation can feed, alone (its success, mean head height and task
 * return, and one recorded episode on the first evaluation seed of the
 * teacher that fits the task, for the side-by-side replay), then MO-MPO with
 * the teachers that are on as objectives (or gated by a selection head) and,
 * with `baseline`, the same agent without teachers on the same seed. Its
 * evaluation rows add the head height and, on walk, the forward speed.
 */
import type { RunContext, RunEvent } from '../../../core/experiment';
import type { TaskSetup, TeacherArtifacts, TeacherMetric } from '../experiment';
import type { TeacherParams } from '../params';
import { evaluate, recordEpisode, teacherActor } from '../rollout';
import { runAgent } from '../runAgent';
import { evalSeeds } from '../trainAgent';
import { HumanoidEnv } from './humanoidEnv';
import { availableTeachers, choiceNames, humanoidEnvOptions, humanoidKit, humanoidStats, humanoidTask, humanoidTeachers, selectionChoices } from './humanoidSetup';

/** Progress label of the agent with these teachers. */
export function withLabel(names: readonly string[]): string {
  if (!names.length) return 'no teachers';
  return `with the ${names.join(' and ')} teacher${names.length > 1 ? 's' : ''}`;
}

export async function* humanoidRun(params: TeacherParams, ctx: RunContext<TeacherParams>): AsyncGenerator<RunEvent<TeacherArtifacts, TeacherMetric>, void, void> {
  const probe = await HumanoidEnv.create(humanoidEnvOptions(params));
  const names = probe.observationSpec.names;
  const teachers = humanoidTeachers(params, names);
  const task = humanoidTask(params);
  try {
    yield { kind: 'artifact', name: 'scene', data: probe.scene() };
    const setup: TaskSetup = {
      domain: params.domain, composition: params.composition, teachers: teachers.map((t) => t.name), reward: params.reward,
      ...(selectionChoices(params, teachers) ? { choices: choiceNames(teachers) } : {}),
    };
    yield { kind: 'artifact', name: 'setup', data: setup };
    const seeds = evalSeeds(params.evalEpisodes);
    const success: Record<string, number> = {};
    const head: Record<string, number> = {};
    const ret: Record<string, number> = {};
    for (const t of availableTeachers(params, names)) {
      const r = evaluate(probe, teacherActor(t), seeds, humanoidStats(params, names));
      success[t.name] = r.successRate;
      head[t.name] = r.stats.headHeight ?? NaN; // humanoidStats always measures it
      ret[t.name] = r.taskReturn;
      if (t.name === task) yield { kind: 'artifact', name: 'teacherEpisode', data: recordEpisode(probe, teacherActor(t), seeds[0], [], 0) };
    }
    yield { kind: 'artifact', name: 'teacherSuccess', data: success };
    yield { kind: 'artifact', name: 'teacherHead', data: head };
    yield { kind: 'artifact', name: 'teacherReturn', data: ret };
  } finally {
    probe.dispose();
  }
  const both = params.baseline && teachers.length > 0;
  const total = params.envSteps * (both ? 2 : 1);
  yield* runAgent({
    p: params, teachers: [], makeKit: () => humanoidKit(params, true), envSteps: params.envSteps, rng: ctx.rng.fork('agent'), signal: ctx.signal,
    segment: 0, prefix: '', label: withLabel(teachers.map((t) => t.name)), live: ctx.live, weights: ctx.weights, offset: 0, total, main: true,
  });
  if (ctx.signal.aborted || !both) return;
  yield* runAgent({
    p: params, teachers: [], makeKit: () => humanoidKit(params, false), envSteps: params.envSteps, rng: ctx.rng.fork('agent'), signal: ctx.signal,
    segment: 1, prefix: 'base', label: 'no teachers', live: ctx.live, offset: params.envSteps, total, main: false,
  });
}
