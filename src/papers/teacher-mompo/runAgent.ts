/**
 * One agent's run as panel events: builds its kit (envs, teachers,
 * objectives; the point mass by default), trains it with `trainAgent`, and
 * turns evaluations and updates into metrics rows (prefixed for the baseline
 * and sweep runs), progress, the recorded episode and the weights. It starts
 * with a `segment` event: a new agent, with its own networks.
 */
import type { MetricValues, RunEvent } from '../../core/experiment';
import type { Rng } from '../../core/rng';
import type { NamedWeights } from '../../core/weights/namedWeights';
import type { AgentPrefix, TeacherArtifacts, TeacherMetric } from './experiment';
import type { TeacherParams } from './params';
import { PointMassEnv } from './pointMassEnv';
import type { Env } from './rl/env';
import { loadMujoco } from './rl/loadMujoco';
import type { Objective, TeacherPolicy } from './rl/objectives';
import type { EvalResult, EvalStat } from './rollout';
import { envConfig, objectivesFor } from './setup';
import type { ScriptedTeacher } from './teachers';
import { trainAgent } from './trainAgent';

/** What one agent trains in: envs, the teachers it records, its objectives. */
export interface AgentKit {
  env: Env;
  evalEnv: Env;
  teachers: readonly TeacherPolicy[];
  objectives: Objective[];
  teacherChoices?: number;
  evalStats?: readonly EvalStat[];
  dispose(): void;
}

/** The point mass with the given teachers. */
export async function pointMassKit(p: TeacherParams, teachers: readonly ScriptedTeacher[]): Promise<AgentKit> {
  const mj = await loadMujoco();
  const env = new PointMassEnv(mj, envConfig(p));
  const evalEnv = new PointMassEnv(mj, envConfig(p));
  return {
    env, evalEnv, teachers, objectives: objectivesFor(p, teachers),
    dispose() {
      env.dispose();
      evalEnv.dispose();
    },
  };
}

export interface AgentRunOptions {
  p: TeacherParams;
  /** Point-mass teachers (ignored when `makeKit` is given). */
  teachers: ScriptedTeacher[];
  /** Builds the agent's envs and objectives; default: the point mass with `teachers`. */
  makeKit?: () => Promise<AgentKit>;
  envSteps: number;
  rng: Rng;
  signal: AbortSignal;
  /** The agent's number in its run: the `segment` column of its rows. */
  segment: number;
  /** Whose rows these are (see AgentPrefix). */
  prefix: AgentPrefix;
  /** Progress label of this run, e.g. 'with teachers'. */
  label: string;
  live?: () => TeacherParams;
  weights?: NamedWeights;
  /** Env steps done before this run (progress). */
  offset: number;
  total: number;
  /** Emit the recorded episode and weights of this run. */
  main: boolean;
  onEval?: (envSteps: number, success: number, taskReturn: number, stats: EvalResult['stats']) => void;
}

/** Runs one agent and turns its events into run events. */
export async function* runAgent(o: AgentRunOptions): AsyncGenerator<RunEvent<TeacherArtifacts, TeacherMetric>, void, void> {
  yield { kind: 'segment', label: o.label };
  const kit = await (o.makeKit ?? (() => pointMassKit(o.p, o.teachers)))();
  const { env, evalEnv, objectives } = kit;
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
      env, evalEnv, teachers: kit.teachers, objectives, envSteps: o.envSteps, rng: o.rng, signal: o.signal, live: o.live,
      weights: o.weights, onWeightsLoaded: (l) => (loadedLine = l), teacherChoices: kit.teacherChoices, evalStats: kit.evalStats,
    });
    for await (const ev of agent) {
      if (loadedLine) {
        yield { kind: 'artifact', name: 'weightsLoaded', data: loadedLine };
        loadedLine = null;
      }
      const label = `${o.label}: ${'envSteps' in ev ? ev.envSteps : o.envSteps} of ${o.envSteps} env steps`;
      if (ev.kind === 'eval') {
        const values: MetricValues<TeacherMetric> = { segment: o.segment };
        values[`${o.prefix}success`] = ev.eval.successRate;
        values[`${o.prefix}taskReturn`] = ev.eval.taskReturn;
        for (const [n, v] of Object.entries(ev.teacherLogLik)) if (Number.isFinite(v)) values[`${o.prefix}ll_${n}`] = v;
        for (const { name } of kit.evalStats ?? []) {
          const v = ev.eval.stats[name];
          if (v !== undefined && Number.isFinite(v)) values[`${o.prefix}${name}`] = v;
        }
        yield { kind: 'metrics', step: ev.envSteps, values };
        o.onEval?.(ev.envSteps, ev.eval.successRate, ev.eval.taskReturn, ev.eval.stats);
        if (o.main) yield { kind: 'artifact', name: 'episode', data: ev.episode };
        yield { kind: 'progress', done: o.offset + ev.envSteps, total: o.total, label };
      } else if (ev.kind === 'update') {
        const values: MetricValues<TeacherMetric> = { segment: o.segment };
        values[`${o.prefix}criticLoss`] = ev.stats.criticLoss;
        values[`${o.prefix}klMean`] = ev.stats.klMean;
        values[`${o.prefix}klStd`] = ev.stats.klStd;
        values.updatesPerSec = ev.updates / Math.max(1e-6, ev.seconds);
        values.envStepsPerSec = envTimer.steps / Math.max(1e-6, envTimer.ms / 1000);
        values.physicsStepsPerSec = (envTimer.steps * env.substeps) / Math.max(1e-6, envTimer.ms / 1000);
        values.actionsPerSec = ev.actionsPerSec;
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
    kit.dispose();
  }
}
