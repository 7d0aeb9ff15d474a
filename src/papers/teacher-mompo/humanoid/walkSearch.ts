/**
 * What `npm run train-teachers` searches and how it scores a candidate: the
 * gait clock's period and the walk controller's gains, as one vector in
 * normalised units (θ = start + scale·x, so one CMA-ES step size fits every
 * entry), and the walk task's return averaged over a few seeded starts.
 * No tfjs: the trainer's worker processes load only MuJoCo and this.
 */
import { Rng } from '../../../core/rng';
import { HumanoidEnv } from './humanoidEnv';
import { walkController, type WalkGains, WALK_INIT, WALK_PARAMS } from './walkController';
import { type WalkRollout, walkRollout } from './walkRollout';

/** The walk teacher as shipped: the gait clock's period (s) and the controller's gains. */
export interface WalkTeacherSpec {
  period: number;
  gains: WalkGains;
}

export const PERIOD_RANGE: readonly [number, number] = [0.4, 1.6];
const PERIOD_SCALE = 0.1;

export const WALK_START: WalkTeacherSpec = { period: 0.8, gains: WALK_INIT };

/** Number of searched entries: the period, then WALK_PARAMS. */
export const SEARCH_SIZE = 1 + WALK_PARAMS.length;

/** The spec at normalised point x around `start` (x = 0 is `start`), clipped to the ranges (the period to `periods`). */
export function specAt(start: WalkTeacherSpec, x: readonly number[], periods: readonly [number, number] = PERIOD_RANGE): WalkTeacherSpec {
  if (x.length !== SEARCH_SIZE) throw new RangeError(`walk search vector needs ${SEARCH_SIZE} entries, got ${x.length}`);
  const period = Math.min(periods[1], Math.max(periods[0], start.period + PERIOD_SCALE * x[0]));
  const gains: Record<string, number> = {};
  WALK_PARAMS.forEach((p, i) => {
    const v = (start.gains[p.name] ?? p.init) + p.scale * x[i + 1];
    gains[p.name] = Math.min(p.hi, Math.max(p.lo, v));
  });
  // The clock's period is a physical setting: keep it to 10 ms so that evaluations share envs.
  return { period: Math.round(period * 100) / 100, gains };
}

export interface WalkScore {
  /** Mean walk return per start. */
  ret: number;
  /** Mean forward walk return per start (the search's objective; see WalkRollout.forwardRet). */
  forwardRet: number;
  /** Mean forward speed (m/s) along the starting heading. */
  speed: number;
  /** Mean control steps before a fall (or the full length). */
  steps: number;
  falls: number;
  /** Fewest steps either foot spent lifted, averaged over the starts. */
  minAir: number;
}

export interface WalkScoreOptions {
  /** Control steps per start. */
  steps: number;
  /** Half-width (rad) of the joint perturbation at reset. */
  initNoise: number;
  /** Std of Gaussian noise on every action (seeded per start): robustness to a teacher's own σ_T. */
  actionNoise: number;
}

/** One start's share of a score. */
export type WalkStart = Pick<WalkRollout, 'ret' | 'forwardRet' | 'speed' | 'steps' | 'fell'> & { minAir: number };

/** The mean over starts. */
export function aggregateStarts(starts: readonly WalkStart[]): WalkScore {
  const n = starts.length;
  const s: WalkScore = { ret: 0, forwardRet: 0, speed: 0, steps: 0, falls: 0, minAir: 0 };
  for (const r of starts) {
    s.ret += r.ret / n;
    s.forwardRet += r.forwardRet / n;
    s.speed += r.speed / n;
    s.steps += r.steps / n;
    s.falls += r.fell ? 1 : 0;
    s.minAir += r.minAir / n;
  }
  return s;
}

/** Scores specs one start at a time; keeps one env per clock period, for one process. */
export class WalkScorer {
  private readonly envs = new Map<number, HumanoidEnv>();

  constructor(private readonly o: WalkScoreOptions) {}

  /** One seeded start (joint noise and action noise both from the seed). */
  async start(spec: WalkTeacherSpec, seed: number): Promise<WalkStart> {
    let env = this.envs.get(spec.period);
    if (!env) {
      env = await HumanoidEnv.create({ task: 'walk', episodeLength: this.o.steps, initNoise: this.o.initNoise, clockPeriod: spec.period });
      this.envs.set(spec.period, env);
    }
    const r = walkRollout(env, walkController(spec.gains), seed, { steps: this.o.steps, noise: this.o.actionNoise, rng: new Rng(seed).fork('action noise') });
    return { ret: r.ret, forwardRet: r.forwardRet, speed: r.speed, steps: r.steps, fell: r.fell, minAir: Math.min(...r.airSteps) };
  }

  async score(spec: WalkTeacherSpec, seeds: readonly number[]): Promise<WalkScore> {
    const starts: WalkStart[] = [];
    for (const seed of seeds) starts.push(await this.start(spec, seed));
    return aggregateStarts(starts);
  }

  dispose(): void {
    for (const env of this.envs.values()) env.dispose();
    this.envs.clear();
  }
}

/** Reads a shipped or saved spec (JSON); missing gains take their starting values. */
export function parseWalkSpec(json: unknown): WalkTeacherSpec {
  const o = json as { period?: unknown; gains?: unknown };
  if (typeof o !== 'object' || o === null || typeof o.period !== 'number' || typeof o.gains !== 'object' || o.gains === null) {
    throw new Error('a walk teacher file needs {"period": number, "gains": {name: number}}');
  }
  const gains: Record<string, number> = {};
  for (const p of WALK_PARAMS) {
    const v = (o.gains as Record<string, unknown>)[p.name];
    gains[p.name] = typeof v === 'number' && Number.isFinite(v) ? v : p.init;
  }
  return { period: o.period, gains };
}
