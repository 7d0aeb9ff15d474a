/**
 * Evaluation episodes and the recorded episode the three.js view replays.
 * An actor maps an observation to an action; the recorder keeps body poses,
 * the agent's action and each teacher's action per control step.
 */
import type { Env } from './rl/env';
import type { TeacherPolicy } from './rl/objectives';

export type Actor = (obs: Float32Array) => Float32Array;

export interface EpisodeRecord {
  /** Seconds per control step. */
  dt: number;
  nbody: number;
  /** Per step (the reset state first): body positions [nbody*3] and quaternions [nbody*4]. */
  xpos: number[][];
  xquat: number[][];
  /** Agent action per step (the state before it). */
  agent: number[][];
  /** Per teacher, its action per step, or null where its gate is off. */
  teachers: Record<string, (number[] | null)[]>;
  taskReturn: number;
  success: boolean;
  /** Env steps of training behind the policy that played it. */
  envSteps: number;
  /** With a teacher-selection head: per step, the probability of each choice (index 0 = task alone). */
  choice?: number[][];
}

/** The statistics an evaluation can report beside success and return: the humanoid's head height (m) and forward speed (m/s). */
export type EvalStatName = 'headHeight' | 'speed';

/** A scalar read from each observation after a step, averaged over evaluation episodes (e.g. head height). */
export interface EvalStat {
  name: EvalStatName;
  read(obs: Float32Array): number;
}

export interface EvalResult {
  successRate: number;
  taskReturn: number;
  /** Mean of each EvalStat over every step of every episode. */
  stats: Partial<Record<EvalStatName, number>>;
}

/** Plays one episode; the task return and whether it succeeded. */
export function playEpisode(
  env: Env, act: Actor, seed: number, onStep?: (obs: Float32Array, action: Float32Array) => void, afterStep?: (obs: Float32Array) => void,
): { taskReturn: number; success: boolean } {
  let obs = env.reset(seed);
  let ret = 0;
  let success = false;
  for (let t = 0; t < env.episodeLength; t++) {
    const a = act(obs);
    onStep?.(obs, a);
    const r = env.step(a);
    ret += r.rewards.task ?? 0;
    success ||= r.success;
    obs = r.obs;
    afterStep?.(obs);
    if (r.done) break;
  }
  return { taskReturn: ret, success };
}

/** Success rate and mean task return over fixed seeds. */
export function evaluate(env: Env, act: Actor, seeds: readonly number[], stats: readonly EvalStat[] = []): EvalResult {
  let wins = 0;
  let total = 0;
  const sums = stats.map(() => 0);
  let steps = 0;
  const after = (obs: Float32Array) => {
    stats.forEach((st, i) => (sums[i] += st.read(obs)));
    steps++;
  };
  for (const s of seeds) {
    const r = playEpisode(env, act, s, undefined, stats.length ? after : undefined);
    wins += r.success ? 1 : 0;
    total += r.taskReturn;
  }
  const means: EvalResult['stats'] = {};
  stats.forEach((st, i) => (means[st.name] = steps ? sums[i] / steps : NaN));
  return { successRate: wins / seeds.length, taskReturn: total / seeds.length, stats: means };
}

/** Plays and records one episode for the view. */
export function recordEpisode(
  env: Env, act: Actor, seed: number, teachers: readonly TeacherPolicy[], envSteps: number, choiceOf?: (obs: Float32Array) => number[],
): EpisodeRecord {
  const first = env.poses();
  const rec: EpisodeRecord = {
    dt: env.timestep * env.substeps, nbody: first.xpos.length / 3, xpos: [], xquat: [], agent: [],
    teachers: Object.fromEntries(teachers.map((t) => [t.name, []])), taskReturn: 0, success: false, envSteps,
    ...(choiceOf ? { choice: [] } : {}),
  };
  const push = () => {
    const p = env.poses();
    rec.xpos.push(Array.from(p.xpos));
    rec.xquat.push(Array.from(p.xquat));
  };
  let obs = env.reset(seed);
  push();
  for (let t = 0; t < env.episodeLength; t++) {
    const a = act(obs);
    rec.agent.push(Array.from(a, (v) => Math.max(-1, Math.min(1, v))));
    if (choiceOf) rec.choice?.push(choiceOf(obs));
    for (const th of teachers) rec.teachers[th.name].push(th.active?.(obs) ?? true ? Array.from(th.act(obs).mean) : null);
    const r = env.step(a);
    rec.taskReturn += r.rewards.task ?? 0;
    rec.success ||= r.success;
    push();
    obs = r.obs;
    if (r.done) break;
  }
  return rec;
}

/** A teacher acting alone with its mean action. */
export const teacherActor = (t: TeacherPolicy): Actor => (obs) => t.act(obs).mean;

/** Each teacher acting alone with its mean action: its success rate over the evaluation seeds. */
export function successAlone(env: Env, teachers: readonly TeacherPolicy[], seeds: readonly number[]): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const t of teachers) rates[t.name] = evaluate(env, teacherActor(t), seeds).successRate;
  return rates;
}
