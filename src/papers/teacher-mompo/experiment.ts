/**
 * The teacher-policies run (Mishra et al. 2023, arXiv 2308.15470): an
 * MO-MPO agent with the task objective plus one objective per active teacher,
 * then (optionally) the same agent without teachers on the same seed, then
 * (optionally) short runs at log-spaced ε_T for the trade-off plot. The
 * `domain` param picks the point mass (here) or the humanoid stand or walk task
 * (humanoid/humanoidExperiment.ts, same agent code through runAgent.ts).
 * Live settings (ε, σ_T, learning rates, M-step bounds, target period,
 * evaluation cadence and episodes) are read at each update and evaluation of
 * every agent, the baseline's and the sweep's too (the sweep keeps its own
 * teacher ε).
 *
 * Events: artifacts `scene` (SceneDescription), `setup` (RunSetup),
 * `teacherSuccess` (each teacher alone), `episode` (EpisodeRecord, the latest
 * evaluation of the teacher run), `tradeoff` (TradeoffPoint[]), `weights`;
 * metrics at each evaluation {success, taskReturn, ll_<teacher>} (prefixed
 * `base` for the run without teachers, segment 1), and every 10 updates
 * {criticLoss, temp_<objective>, kl_<objective>, klMean, klStd,
 * updatesPerSec, envStepsPerSec}.
 */
import { ExperimentError, type Experiment, type RunEvent } from '../../core/experiment';
import { loadMujoco } from './rl/loadMujoco';
import type { ArenaLayout } from './arena';
import { humanoidExperiment } from './humanoid/humanoidExperiment';
import { isHumanoid } from './humanoid/humanoidSetup';
import type { Composition, Domain, TeacherParams } from './params';
import { PointMassEnv } from './pointMassEnv';
import { evaluate, teacherActor } from './rollout';
import { runAgent } from './runAgent';
import { activeTeachers, allTeachers, envConfig, EPS_OF } from './setup';
import { EVAL_SEED0 } from './trainAgent';

export { runAgent, pointMassKit, type AgentKit, type AgentRunOptions } from './runAgent';

export interface RunSetup {
  domain: Domain;
  composition: Composition;
  /** Point mass only. */
  layout?: ArenaLayout;
  /** Humanoid with a selection head: the names of its choices. */
  choices?: string[];
  teachers: string[];
  reward: TeacherParams['reward'];
}

export interface TradeoffPoint {
  epsilon: number;
  taskReturn: number;
  success: number;
}

/** Log-spaced ε values of the sweep. */
export function sweepValues(p: TeacherParams): number[] {
  const n = p.sweepPoints;
  if (n <= 0) return [];
  if (n === 1) return [p.sweepMin];
  const lo = Math.log(p.sweepMin);
  const hi = Math.log(p.sweepMax);
  return Array.from({ length: n }, (_, i) => Math.exp(lo + ((hi - lo) * i) / (n - 1)));
}

export function checkParams(p: TeacherParams): void {
  if (p.sweepPoints > 0 && p.sweepMin > p.sweepMax) throw new ExperimentError(`The ε_T sweep runs from ${p.sweepMin} to ${p.sweepMax}: the lowest must not exceed the highest.`);
  if (p.minReplay > p.replaySize) throw new ExperimentError(`Learning waits for ${p.minReplay} transitions but the replay buffer holds only ${p.replaySize}: raise its capacity.`);
}

export const teacherExperiment: Experiment<TeacherParams> = async function* (params, ctx): AsyncGenerator<RunEvent, void, void> {
  checkParams(params);
  if (isHumanoid(params)) {
    yield* humanoidExperiment(params, ctx);
    return;
  }
  const mj = await loadMujoco();
  const probe = new PointMassEnv(mj, envConfig(params));
  const teachers = activeTeachers(params);
  const sweep = teachers.length ? sweepValues(params) : [];
  try {
    yield { kind: 'artifact', name: 'scene', data: probe.scene() };
    const setup: RunSetup = { domain: 'pointMass', composition: params.composition, layout: probe.layout, teachers: teachers.map((t) => t.name), reward: params.reward };
    yield { kind: 'artifact', name: 'setup', data: setup };
    const seeds = Array.from({ length: params.evalEpisodes }, (_, i) => EVAL_SEED0 + i);
    const alone: Record<string, number> = {};
    for (const t of allTeachers(params)) alone[t.name] = evaluate(probe, teacherActor(t), seeds).successRate;
    yield { kind: 'artifact', name: 'teacherSuccess', data: alone };
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
    const sweptEps = Object.fromEntries(teachers.map((t) => [EPS_OF[t.name], eps]));
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
};
