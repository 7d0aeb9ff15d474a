/**
 * The teacher-policies run (Mishra et al. 2023, arXiv 2308.15470): an
 * MO-MPO agent with the task objective plus one objective per active teacher,
 * then (optionally) the same agent without teachers on the same seed, then
 * (optionally) short runs at log-spaced ε_T for the trade-off plot.
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
import { loadMujoco } from '../../core/rl/loadMujoco';
import type { Rng } from '../../core/rng';
import type { NamedWeights } from '../../core/weights/namedWeights';
import type { ArenaLayout } from './arena';
import type { Composition, TeacherParams } from './params';
import { PointMassEnv } from './pointMassEnv';
import { evaluate, teacherActor } from './rollout';
import { activeTeachers, allTeachers, envConfig, EPS_OF, objectivesFor } from './setup';
import type { ScriptedTeacher } from './teachers';
import { EVAL_SEED0, trainAgent } from './trainAgent';

export interface RunSetup {
  composition: Composition;
  layout: ArenaLayout;
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

export interface AgentRunOptions {
  p: TeacherParams;
  teachers: ScriptedTeacher[];
  envSteps: number;
  rng: Rng;
  signal: AbortSignal;
  segment: number;
  prefix: string;
  /** Progress label of this run, e.g. 'with teachers'. */
  label: string;
  live?: () => TeacherParams;
  weights?: NamedWeights;
  /** Env steps done before this run (progress). */
  offset: number;
  total: number;
  /** Emit the recorded episode and weights of this run. */
  main: boolean;
  onEval?: (envSteps: number, success: number, taskReturn: number) => void;
}

/** Runs one agent and turns its events into run events. */
export async function* runAgent(o: AgentRunOptions): AsyncGenerator<RunEvent, void, void> {
  const mj = await loadMujoco();
  const env = new PointMassEnv(mj, envConfig(o.p));
  const evalEnv = new PointMassEnv(mj, envConfig(o.p));
  const objectives = objectivesFor(o.p, o.teachers);
  const envTimer = { steps: 0, ms: 0 };
  const step = env.step.bind(env);
  env.step = (a) => {
    const t = performance.now();
    const r = step(a);
    envTimer.ms += performance.now() - t;
    envTimer.steps++;
    return r;
  };
  let loadedLine: string | null = null;
  try {
    const agent = trainAgent(o.p, {
      env, evalEnv, teachers: o.teachers, objectives, envSteps: o.envSteps, rng: o.rng, signal: o.signal, live: o.live,
      weights: o.weights, onWeightsLoaded: (l) => (loadedLine = l),
    });
    for await (const ev of agent) {
      if (loadedLine) {
        yield { kind: 'artifact', name: 'weightsLoaded', data: loadedLine };
        loadedLine = null;
      }
      const label = `${o.label}: ${'envSteps' in ev ? ev.envSteps : o.envSteps} of ${o.envSteps} env steps`;
      if (ev.kind === 'eval') {
        const values: Record<string, number> = { segment: o.segment, [`${o.prefix}success`]: ev.eval.successRate, [`${o.prefix}taskReturn`]: ev.eval.taskReturn };
        for (const [n, v] of Object.entries(ev.teacherLogLik)) if (Number.isFinite(v)) values[`${o.prefix}ll_${n}`] = v;
        yield { kind: 'metrics', step: ev.envSteps, values };
        o.onEval?.(ev.envSteps, ev.eval.successRate, ev.eval.taskReturn);
        if (o.main) yield { kind: 'artifact', name: 'episode', data: ev.episode };
        yield { kind: 'progress', done: o.offset + ev.envSteps, total: o.total, label };
      } else if (ev.kind === 'update') {
        const values: Record<string, number> = {
          segment: o.segment, [`${o.prefix}criticLoss`]: ev.stats.criticLoss, [`${o.prefix}klMean`]: ev.stats.klMean, [`${o.prefix}klStd`]: ev.stats.klStd,
          updatesPerSec: ev.updates / Math.max(1e-6, ev.seconds), envStepsPerSec: envTimer.steps / Math.max(1e-6, envTimer.ms / 1000),
        };
        for (const [n, v] of Object.entries(ev.stats.temperature)) values[`${o.prefix}temp_${n}`] = v;
        for (const [n, v] of Object.entries(ev.stats.kl)) values[`${o.prefix}kl_${n}`] = v;
        yield { kind: 'metrics', step: ev.envSteps, values };
      } else if (ev.kind === 'progress') {
        yield { kind: 'progress', done: o.offset + ev.envSteps, total: o.total, label };
      } else if (ev.kind === 'weights' && o.main) {
        yield { kind: 'artifact', name: 'weights', data: ev.weights };
      }
    }
  } finally {
    env.dispose();
    evalEnv.dispose();
  }
}

export function checkParams(p: TeacherParams): void {
  if (p.sweepPoints > 0 && p.sweepMin > p.sweepMax) throw new ExperimentError(`The ε_T sweep runs from ${p.sweepMin} to ${p.sweepMax}: the lowest must not exceed the highest.`);
  if (p.minReplay > p.replaySize) throw new ExperimentError(`Learning waits for ${p.minReplay} transitions but the replay buffer holds only ${p.replaySize}: raise its capacity.`);
}

export const teacherExperiment: Experiment<TeacherParams> = async function* (params, ctx): AsyncGenerator<RunEvent, void, void> {
  checkParams(params);
  const mj = await loadMujoco();
  const probe = new PointMassEnv(mj, envConfig(params));
  const teachers = activeTeachers(params);
  const sweep = teachers.length ? sweepValues(params) : [];
  try {
    yield { kind: 'artifact', name: 'scene', data: probe.scene() };
    const setup: RunSetup = { composition: params.composition, layout: probe.layout, teachers: teachers.map((t) => t.name), reward: params.reward };
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
    yield* runAgent({ p: params, teachers: [], envSteps: params.envSteps, rng: ctx.rng.fork('agent'), signal: ctx.signal, segment: 1, prefix: 'base', label: 'no teachers', offset, total, main: false });
    offset += params.envSteps;
  }
  const points: TradeoffPoint[] = [];
  for (const [i, eps] of sweep.entries()) {
    if (ctx.signal.aborted) return;
    const p: TeacherParams = { ...params, ...Object.fromEntries(teachers.map((t) => [EPS_OF[t.name], eps])) };
    let last = { success: 0, taskReturn: 0 };
    yield* runAgent({
      p, teachers: activeTeachers(p), envSteps: params.sweepSteps, rng: ctx.rng.fork(`sweep${i}`), signal: ctx.signal, segment: 2 + i, prefix: `sweep${i}_`, label: `sweep ε_T ${eps.toPrecision(2)}`,
      offset, total, main: false, onEval: (_s, success, taskReturn) => (last = { success, taskReturn }),
    });
    offset += params.sweepSteps;
    points.push({ epsilon: eps, ...last });
    yield { kind: 'artifact', name: 'tradeoff', data: [...points] };
  }
};
