/**
 * One episode of a scripted controller on the humanoid, measured the way the
 * walk teacher is judged: the task's return, how far the torso went along
 * the starting heading (+x) and how fast, the lowest head height, and how
 * many control steps each foot spent off the floor. Plain JS and MuJoCo
 * only (no tfjs), so the teacher trainer's worker processes can run it.
 */
import type { Rng } from '../../../core/rng';
import { type Controller, columnIndex, controllerMeanJs } from './controllerJs';
import type { HumanoidEnv } from './humanoidEnv';
import { rewardTerms } from './humanoidTasks';

export interface WalkRollout {
  /** Sum of the task reward over the steps taken. */
  ret: number;
  /**
   * The same sum with the walk task's speed term read from the centre of
   * mass's velocity along the starting heading (+x) only: the task rewards
   * any horizontal speed, so walking backwards or in circles scores as well
   * as walking ahead; a teacher should walk ahead.
   */
  forwardRet: number;
  /** Control steps taken (fewer than asked when it fell). */
  steps: number;
  /** Torso displacement along +x (m). */
  distance: number;
  /** distance / elapsed time (m/s). */
  speed: number;
  minHead: number;
  fell: boolean;
  /** Control steps with the right and the left foot above `liftHeight`. */
  airSteps: [number, number];
  /** Switches between the feet's swings: how often the lifted foot changed from one to the other. */
  alternations: number;
}

export interface WalkRolloutOptions {
  steps: number;
  /** Stop when the head drops below this (m). */
  fallHeight?: number;
  /** Gaussian noise added to every action (a teacher's σ_T), drawn from `rng`. */
  noise?: number;
  rng?: Rng;
  /** A foot counts as lifted when its body origin is this high (m); on the floor it is at ≈ 0.03 m. */
  liftHeight?: number;
  /** Called after every step (for recording). */
  onStep?: (step: number) => void;
}

export function walkRollout(env: HumanoidEnv, ctrl: Controller, seed: number, opt: WalkRolloutOptions): WalkRollout {
  const index = columnIndex(env.observationSpec.names);
  const h = env.handles;
  const torso = h.torso * 3;
  const [, leftFoot, , rightFoot] = h.extremities;
  const lift = opt.liftHeight ?? 0.07;
  const fallHeight = opt.fallHeight ?? 0.8;
  const vx = index.get('com_vel:x')!;
  let obs = env.reset(seed);
  const x0 = h.data.xpos[torso];
  let ret = 0;
  let forwardRet = 0;
  let steps = 0;
  let minHead = Infinity;
  let fell = false;
  const air: [number, number] = [0, 0];
  let lastLifted = -1;
  let alternations = 0;
  for (let t = 0; t < opt.steps; t++) {
    const a = controllerMeanJs(ctrl, index, obs);
    if (opt.noise && opt.rng) for (let i = 0; i < a.length; i++) a[i] += opt.noise * opt.rng.normal();
    const r = env.step(a);
    obs = r.obs;
    ret += r.rewards.task;
    const m = env.lastTerms;
    forwardRet += m.standing * m.upright * m.smallControl * rewardTerms('walk', 0, 0, [], Math.max(0, obs[vx]), 0).move;
    steps++;
    const xpos = h.data.xpos;
    const up = [xpos[rightFoot * 3 + 2] > lift, xpos[leftFoot * 3 + 2] > lift];
    if (up[0]) air[0]++;
    if (up[1]) air[1]++;
    if (up[0] !== up[1]) {
      const lifted = up[0] ? 0 : 1;
      if (lastLifted >= 0 && lifted !== lastLifted) alternations++;
      lastLifted = lifted;
    }
    const head = env.headHeight();
    minHead = Math.min(minHead, head);
    opt.onStep?.(t);
    if (head < fallHeight) {
      fell = true;
      break;
    }
    if (r.done) break;
  }
  const distance = h.data.xpos[torso] - x0;
  return { ret, forwardRet, steps, distance, speed: distance / (steps * env.timestep * env.substeps), minHead, fell, airSteps: air, alternations };
}
