/**
 * The point-mass branch of the teacher-policies run: the arena's scene, the
 * setup and each teacher's success alone, then the agent with the teachers
 * that are on, (with `baseline`) the same agent without them on the same
 * seed, and (with `sweepPoints`) one short run per log-spaced ε_T, each
 * adding its final evaluation to the `tradeoff` artifact. Each agent is
 * `pointMassAgent` of the list `pointMassAgents`, on its own forked stream:
 * `npm run sweep` runs them as points through the same code (sweepGrid.ts).
 */
import type { RunContext, RunEvent } from '../../core/experiment';
import type { Rng } from '../../core/rng';
import type { NamedWeights } from '../../core/weights/namedWeights';
import type { AgentPrefix, TaskSetup, TeacherArtifacts, TeacherMetric, TradeoffPoint } from './experiment';
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

/** One agent of a point-mass run, in the order the run trains them. */
export interface PointMassAgent {
  /** 'main' the agent with the teachers that are on (or the only agent), 'base' the same agent without them, 'sweep' a run of the ε_T sweep. */
  kind: 'main' | 'base' | 'sweep';
  label: string;
  envSteps: number;
  /** Env steps of the agents before it (progress). */
  offset: number;
  segment: number;
  prefix: AgentPrefix;
  /** A sweep run: its index in the sweep and its teachers' ε. */
  sweep?: { index: number; epsilon: number };
}

/** The agents of a point-mass run: with teachers, (with `baseline`) without, then one per swept ε_T. */
export function pointMassAgents(params: TeacherParams): PointMassAgent[] {
  const teachers = activeTeachers(params);
  const sweep = teachers.length ? sweepValues(params) : [];
  const agents: Omit<PointMassAgent, 'offset'>[] = [
    { kind: 'main', label: teachers.length ? 'with teachers' : 'no teachers', envSteps: params.envSteps, segment: 0, prefix: '' },
    ...(params.baseline && teachers.length ? [{ kind: 'base' as const, label: 'no teachers', envSteps: params.envSteps, segment: 1, prefix: 'base' as const }] : []),
    ...sweep.map((epsilon, index) => ({
      kind: 'sweep' as const, label: `sweep ε_T ${epsilon.toPrecision(2)}`, envSteps: params.sweepSteps, segment: 2 + index, prefix: `sweep${index}_` as const, sweep: { index, epsilon },
    })),
  ];
  let offset = 0;
  return agents.map((a) => {
    const withOffset = { ...a, offset };
    offset += a.envSteps;
    return withOffset;
  });
}

/** The arena's scene, the setup and each teacher's success alone: what the run shows before any agent trains. */
export async function* pointMassSetup(params: TeacherParams): AsyncGenerator<RunEvent<TeacherArtifacts, TeacherMetric>, void, void> {
  const mj = await loadMujoco();
  const probe = new PointMassEnv(mj, envConfig(params));
  try {
    yield { kind: 'artifact', name: 'scene', data: probe.scene() };
    const setup: TaskSetup = { domain: 'pointMass', composition: params.composition, layout: probe.layout, teachers: activeTeachers(params).map((t) => t.name), reward: params.reward };
    yield { kind: 'artifact', name: 'setup', data: setup };
    yield { kind: 'artifact', name: 'teacherSuccess', data: successAlone(probe, allTeachers(params), evalSeeds(params.evalEpisodes)) };
  } finally {
    probe.dispose();
  }
}

export interface AgentStreams {
  /** The run's root stream: the agent with teachers and the baseline fork 'agent' (the same seed), sweep run i forks `sweep<i>`. */
  rng: Rng;
  signal: AbortSignal;
  live(): TeacherParams;
  /** A loaded weights file (the agent with teachers starts from it). */
  weights?: NamedWeights;
}

/** Agent `i` of `pointMassAgents(params)` start to end; a sweep run returns its point of the trade-off. */
export async function* pointMassAgent(params: TeacherParams, agents: readonly PointMassAgent[], i: number, o: AgentStreams): AsyncGenerator<RunEvent<TeacherArtifacts, TeacherMetric>, TradeoffPoint | undefined, void> {
  const a = agents[i];
  const total = agents.reduce((s, x) => s + x.envSteps, 0);
  const common = { envSteps: a.envSteps, signal: o.signal, segment: a.segment, prefix: a.prefix, label: a.label, offset: a.offset, total };
  const teachers = activeTeachers(params);
  if (!a.sweep) {
    const main = a.kind === 'main';
    yield* runAgent({ ...common, p: params, teachers: main ? teachers : [], rng: o.rng.fork('agent'), live: o.live, ...(main ? { weights: o.weights } : {}), main });
    return undefined;
  }
  const { index, epsilon } = a.sweep;
  const sweptEps = sweptEpsilons(teachers, epsilon);
  const p: TeacherParams = { ...params, ...sweptEps };
  let last = { success: 0, taskReturn: 0 };
  yield* runAgent({
    ...common, p, teachers: activeTeachers(p), rng: o.rng.fork(`sweep${index}`),
    // Live settings apply here too, except the teachers' ε, which the sweep sets.
    live: () => ({ ...o.live(), ...sweptEps }), main: false, onEval: (_s, success, taskReturn) => (last = { success, taskReturn }),
  });
  return { epsilon, ...last };
}

export async function* pointMassRun(params: TeacherParams, ctx: RunContext<TeacherParams>): AsyncGenerator<RunEvent<TeacherArtifacts, TeacherMetric>, void, void> {
  yield* pointMassSetup(params);
  const agents = pointMassAgents(params);
  const points: TradeoffPoint[] = [];
  for (const i of agents.keys()) {
    if (i > 0 && ctx.signal.aborted) return;
    const point = yield* pointMassAgent(params, agents, i, { rng: ctx.rng, signal: ctx.signal, live: () => ctx.live(), weights: ctx.weights });
    if (point) {
      points.push(point);
      yield { kind: 'artifact', name: 'tradeoff', data: [...points] };
    }
  }
}
