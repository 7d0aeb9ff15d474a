/**
 * One MO-MPO agent on the point-mass task: an actor in plain JS (a weight
 * snapshot of the online policy, refreshed every few updates, like acme's
 * variable client) fills an n-step replay buffer; the learner updates every
 * `envStepsPerUpdate` env steps once the buffer holds `minReplay`
 * transitions. Every `evalEvery` env steps the policy's mean action plays
 * fixed evaluation seeds and one episode is recorded for the view.
 */
import { logProbJs } from './rl/diagGaussian';
import { policyForwardJs } from './rl/gaussianPolicy';
import type { MlpSnapshot } from './rl/mlp';
import { MompoLearner, type UpdateStats } from './rl/mompoLearner';
import type { Env } from './rl/env';
import type { Objective, TeacherPolicy } from './rl/objectives';
import { NStepAdder, ReplayBuffer } from './rl/replay';
import type { Rng } from '../../core/rng';
import type { NamedWeights } from '../../core/weights/namedWeights';
import { readWeights, startFrom } from '../../core/weights/namedWeights';
import * as tf from '@tensorflow/tfjs-core';
import type { TeacherParams } from './params';
import { logSoftmaxJs } from './rl/categorical';
import { choiceForwardJs } from './rl/choicePolicy';
import { evaluate, recordEpisode, type Actor, type EpisodeRecord, type EvalResult, type EvalStat } from './rollout';
import { learnerConfig, learnerLive, updateEpsilons, updateTeacherStd } from './setup';

/** Updates between refreshes of the actor's weight snapshot. */
export const ACTOR_PERIOD = 10;
/** Evaluation seeds are fixed and far from training seeds, so runs compare on the same starts. */
export const EVAL_SEED0 = 1_000_000;

/** The seeds of `episodes` evaluation episodes: the same starts for every agent and every teacher alone. */
export function evalSeeds(episodes: number): number[] {
  return Array.from({ length: episodes }, (_, i) => EVAL_SEED0 + i);
}

export type AgentEvent =
  | { kind: 'eval'; envSteps: number; eval: EvalResult; teacherLogLik: Record<string, number>; episode: EpisodeRecord }
  /** `actionsPerSec`: the actor's policy forward passes (plain JS) per second of their own time. */
  | { kind: 'update'; envSteps: number; updates: number; stats: UpdateStats; trainReturn: number | null; seconds: number; actionsPerSec: number }
  | { kind: 'progress'; envSteps: number }
  /** The trained policy and critic, by name, at the end. */
  | { kind: 'weights'; weights: NamedWeights };

export interface AgentSetup {
  env: Env;
  evalEnv: Env;
  teachers: readonly TeacherPolicy[];
  objectives: Objective[];
  envSteps: number;
  rng: Rng;
  signal: AbortSignal;
  /**
   * Fresh (live) params: read before each update (ε, σ_T, the learning rates, the M-step bounds, the
   * target period) and at each evaluation (its cadence and episodes, σ_T); a change applies at once.
   */
  live?: () => TeacherParams;
  /** Weights to start the policy and critic from. */
  weights?: NamedWeights;
  onWeightsLoaded?: (line: string) => void;
  /** Choices of a teacher-selection head (0: none); see MompoConfig.teacherChoices. */
  teacherChoices?: number;
  /** Scalars averaged over the evaluation episodes (e.g. head height). */
  evalStats?: readonly EvalStat[];
  /** Refreshes each objective's ε from live params (default: the point-mass mapping). */
  refreshEpsilons?: (objectives: Objective[], p: TeacherParams) => void;
}

/** Mean log π_T of the agent's mean action (clipped) over the states where each teacher is active, over its dims. */
function teacherAgreement(env: Env, act: Actor, teachers: readonly TeacherPolicy[], seeds: readonly number[]): Record<string, number> {
  const sum: Record<string, number> = {};
  const count: Record<string, number> = {};
  for (const s of seeds) {
    let obs = env.reset(s);
    for (let t = 0; t < env.episodeLength; t++) {
      const a = act(obs);
      for (const th of teachers) {
        if (!(th.active?.(obs) ?? true)) continue;
        const { mean, std } = th.act(obs);
        const dims = th.dims ?? Array.from(mean, (_, i) => i);
        const pick = (v: ArrayLike<number>) => dims.map((d) => v[d]);
        sum[th.name] = (sum[th.name] ?? 0) + logProbJs(pick(Array.from(a, (x) => Math.max(-1, Math.min(1, x)))), pick(mean), pick(std));
        count[th.name] = (count[th.name] ?? 0) + 1;
      }
      const r = env.step(a);
      obs = r.obs;
      if (r.done) break;
    }
  }
  return Object.fromEntries(teachers.map((t) => [t.name, count[t.name] ? sum[t.name] / count[t.name] : NaN]));
}

export async function* trainAgent(p: TeacherParams, s: AgentSetup): AsyncGenerator<AgentEvent, void, void> {
  const cfg = { ...learnerConfig(p), obsSize: s.env.observationSpec.size, actionSize: s.env.actionSpec.size, teacherChoices: s.teacherChoices ?? 0 };
  const learner = new MompoLearner(cfg, s.objectives, s.rng.fork('learner'));
  try {
    const loaded = startFrom(tf, s.weights, learner.namedWeights, '', 'Agent');
    if (loaded) s.onWeightsLoaded?.(loaded);
    const K = learner.rewardNames.length;
    const replay = new ReplayBuffer(p.replaySize, cfg.obsSize, cfg.actionSize, K);
    const adder = new NStepAdder(p.nStep, p.discount, (t) => replay.insert(t));
    const actRng = s.rng.fork('actor');
    const batchRng = s.rng.fork('replay');
    const episodeRng = s.rng.fork('episodes');
    const now = (): TeacherParams => s.live?.() ?? p;
    /** Live params, with the objectives' ε and the teachers' σ_T set from them. */
    const refresh = (): TeacherParams => {
      const lp = now();
      if (s.live) {
        (s.refreshEpsilons ?? updateEpsilons)(s.objectives, lp);
        updateTeacherStd(s.teachers, lp);
      }
      return lp;
    };
    let snap: MlpSnapshot = await learner.policy.snapshot();
    const pc = learner.policy.config;
    const meanActor: Actor = (o) => policyForwardJs(snap, pc, o).mean;
    const head = learner.choiceHead;
    let choiceSnap: MlpSnapshot | null = head ? await head.snapshot() : null;
    const choiceOf = head ? (o: Float32Array) => Array.from(logSoftmaxJs(choiceForwardJs(choiceSnap as MlpSnapshot, o)), Math.exp) : undefined;
    let obs = s.env.reset(episodeRng.nextUint32());
    let episodeReturn = 0;
    let lastReturn: number | null = null;
    let sinceSnap = 0;
    const t0 = performance.now();
    const doEval = (envSteps: number): AgentEvent => {
      const seeds = evalSeeds(refresh().evalEpisodes);
      const ev = evaluate(s.evalEnv, meanActor, seeds, s.evalStats);
      const episode = recordEpisode(s.evalEnv, meanActor, seeds[0], s.teachers, envSteps, choiceOf);
      return { kind: 'eval', envSteps, eval: ev, teacherLogLik: teacherAgreement(s.evalEnv, meanActor, s.teachers, seeds.slice(0, 3)), episode };
    };
    yield doEval(0);
    let actMs = 0;
    for (let step = 1; step <= s.envSteps; step++) {
      if (s.signal.aborted) return;
      const ta = performance.now();
      const { mean, std } = policyForwardJs(snap, pc, obs);
      actMs += performance.now() - ta;
      const action = new Float32Array(mean.length);
      for (let i = 0; i < mean.length; i++) action[i] = Math.max(-1, Math.min(1, mean[i] + std[i] * actRng.normal()));
      const r = s.env.step(action);
      const rewards = Float32Array.from(learner.rewardNames, (n) => r.rewards[n] ?? 0);
      adder.add(obs, action, rewards, r.obs, r.done, r.terminal === true);
      episodeReturn += r.rewards.task ?? 0;
      obs = r.obs;
      if (r.done) {
        lastReturn = episodeReturn;
        episodeReturn = 0;
        obs = s.env.reset(episodeRng.nextUint32());
      }
      if (replay.size >= Math.max(p.minReplay, 1) && step % p.envStepsPerUpdate === 0) {
        const lp = refresh();
        const stats = await learner.update(replay.sample(p.batch, batchRng), learnerLive(lp));
        if (++sinceSnap >= ACTOR_PERIOD) {
          snap = await learner.policy.snapshot();
          sinceSnap = 0;
        }
        if (learner.updateCount % 10 === 0 || learner.updateCount <= 10) {
          yield { kind: 'update', envSteps: step, updates: learner.updateCount, stats, trainReturn: lastReturn, seconds: (performance.now() - t0) / 1000, actionsPerSec: (step * 1000) / Math.max(1e-6, actMs) };
        }
      }
      if (step % now().evalEvery === 0 || step === s.envSteps) {
        snap = await learner.policy.snapshot();
        if (head) choiceSnap = await head.snapshot();
        yield doEval(step);
      } else if (step % 10 === 0) yield { kind: 'progress', envSteps: step };
    }
    yield { kind: 'weights', weights: await readWeights(learner.namedWeights) };
  } finally {
    learner.dispose();
  }
}
