/**
 * The point-mass branch of the teacher-policies run: the arena's scene, the
 * setup and each teacher's success alone, then the agent with the teachers
 * that are on, (with `baseline`) the same agent without them on the same
 * seed, and (with `sweepPoints`) one short run per log-spaced ε_T, each
 * adding its final evaluation to the `tradeoff` artifact.
 */
import type { RunContext, RunEvent } from '../../core/experiment';
import type { TaskSetup, TeacherArtifacts, TeacherMetric, TradeoffPoint } from './experiment';
import type { TeacherParams } from './params';
import { PointMassEnv } from './pointMassEnv';
import { loadMujoco } from './rl/loadMujoco';
import { successAlone } from './rollout';
import { runAgent } from './runAgent';
import { activeTeachers, allTeachers, envConfig, sweptEpsilons } from './setup';
import { evalSeeds } from './trainAgent';

/** Log-spaced ε values of the sweep. */
export function sweepValues(p: TeacherParams): number[] {
  const n = p.sweepPoints;
  if (n <= 0) return [];
  if (n === 1) return [p.sweepMin];
  const lo = Math.log(p.sweepMin);
  const hi = Math.log(p.sweepMax);
  return Array.from({ length: n }, (_, i) => Math.exp(lo + ((hi - lo) * i) / (n - 1)));
}

export async function* pointMassRun(params: TeacherParams, ctx: RunContext<TeacherParams>): AsyncGenerator<RunEvent<TeacherArtifacts, TeacherMetric>, void, void> {
  const mj = await loadMujoco();
  const probe = new PointMassEnv(mj, envConfig(params));
  const teachers = activeTeachers(params);
  const sweep = teachers.length ? sweepValues(params) : [];
  try {
    yield { kind: 'artifact', name: 'scene', data: probe.scene() };
    const setup: TaskSetup = { domain: 'pointMass', composition: params.composition, layout: probe.layout, teachers: teachers.map((t) => t.name), reward: params.reward };
    yield { kind: 'artifact', name: 'setup', data: setup };
    yield { kind: 'artifact', name: 'teacherSuccess', data: successAlone(probe, allTeachers(params), evalSeeds(params.evalEpisodes)) };
  } finally {
    probe.dispose();
  }
  const total = params.envSteps * (params.baseline && teachers.length ? 2 : 1) + sweep.length * params.sweepSteps;
  let offset = 0;
  yield* runAgent({ p: params, teachers, envSteps: params.envSteps, rng: ctx.rng.fork('agent'), signal: ctx.signal, segment: 0, prefix: '', label: teachers.length ? 'with teachers' : 'no teachers', live: ctx.live, weights: ctx.weights, offset, total, main: true });
  offset += params.envSteps;
  if (ctx.signal.aborted) return;
  if (params.baseline && teachers.length) {
    yield* runAgent({ p: params, teachers: [], envSteps: params.envSteps, rng: ctx.rng.fork('agent'), signal: ctx.signal, segment: 1, prefix: 'base', label: 'no teachers', live: ctx.live, offset, total, main: false });
    offset += params.envSteps;
  }
  const points: TradeoffPoint[] = [];
  for (const [i, eps] of sweep.entries()) {
    if (ctx.signal.aborted) return;
    const sweptEps = sweptEpsilons(teachers, eps);
    const p: TeacherParams = { ...params, ...sweptEps };
    let last = { success: 0, taskReturn: 0 };
    yield* runAgent({
      p, teachers: activeTeachers(p), envSteps: params.sweepSteps, rng: ctx.rng.fork(`sweep${i}`), signal: ctx.signal, segment: 2 + i, prefix: `sweep${i}_`, label: `sweep ε_T ${eps.toPrecision(2)}`,
      // Live settings apply here too, except the teachers' ε, which the sweep sets.
      live: () => ({ ...ctx.live(), ...sweptEps }), offset, total, main: false, onEval: (_s, success, taskReturn) => (last = { success, taskReturn }),
    });
    offset += params.sweepSteps;
    points.push({ epsilon: eps, ...last });
    yield { kind: 'artifact', name: 'tradeoff', data: [...points] };
  }
}
