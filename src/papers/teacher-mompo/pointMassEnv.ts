/**
 * The point-mass task on MuJoCo (implements rl/env's Env). Observation
 * (10): position x, y (m); velocity vx, vy (m/s); waypoint − position and
 * goal − position (m); 1 once the waypoint was reached (always 1 without a
 * waypoint); elapsed fraction of the episode. Action (2): motor forces in
 * [-1, 1] on x and y.
 *
 * One objective, `task`. Sparse: 1 per step inside the goal radius after the
 * waypoint. Shaped adds a staged dense term 0.25·(visited + 1 − tanh(2 d)),
 * d the distance to the current target, so reaching the waypoint never lowers
 * it. Touching the obstacle ends the episode as a failure (terminal).
 */
import type { MjData, MjModel } from '@mujoco/mujoco';
import type { ActionSpec, BodyPoses, Env, StepResult, VectorSpec } from './rl/env';
import type { Mujoco } from './rl/loadMujoco';
import { describeScene, type SceneDescription } from './rl/sceneDescription';
import { Rng } from '../../core/rng';
import { arenaXml, BALL, type ArenaLayout } from './arena';

export type RewardMode = 'sparse' | 'shaped';

export interface PointMassConfig {
  layout: ArenaLayout;
  reward: RewardMode;
  /** Control steps per episode. */
  episodeLength: number;
  /** Physics step, seconds. */
  timestep: number;
  /** Physics steps per control step. */
  substeps: number;
}

export const OBS_NAMES = ['x', 'y', 'vx', 'vy', 'wp_dx', 'wp_dy', 'goal_dx', 'goal_dy', 'visited', 'time'] as const;
export const OBS = Object.fromEntries(OBS_NAMES.map((n, i) => [n, i])) as Record<(typeof OBS_NAMES)[number], number>;

/** Task reward of one state (exported for tests and for hand-computed checks). */
export function taskReward(mode: RewardMode, visited: boolean, dTarget: number, dGoal: number, radius: number): number {
  const sparse = visited && dGoal < radius ? 1 : 0;
  if (mode === 'sparse') return sparse;
  return sparse + 0.25 * ((visited ? 1 : 0) + 1 - Math.tanh(2 * dTarget));
}

export class PointMassEnv implements Env {
  readonly objectives = ['task'] as const;
  readonly observationSpec: VectorSpec = { size: OBS_NAMES.length, names: OBS_NAMES };
  readonly actionSpec: ActionSpec = { size: 2, names: ['fx', 'fy'], low: Float32Array.of(-1, -1), high: Float32Array.of(1, 1) };
  readonly timestep: number;
  readonly substeps: number;
  readonly episodeLength: number;
  readonly config: PointMassConfig;
  private readonly mj: Mujoco;
  private readonly model: MjModel;
  private readonly data: MjData;
  private t = 0;
  private visited = false;
  private succeeded = false;

  constructor(mj: Mujoco, config: PointMassConfig) {
    this.mj = mj;
    this.config = config;
    this.timestep = config.timestep;
    this.substeps = config.substeps;
    this.episodeLength = config.episodeLength;
    this.model = mj.MjModel.from_xml_string(arenaXml(config.layout, config.timestep));
    this.data = new mj.MjData(this.model);
  }

  get layout(): ArenaLayout {
    return this.config.layout;
  }

  /** Whether the waypoint (if any) was reached, and whether the task was solved this episode. */
  get progress(): { visited: boolean; succeeded: boolean } {
    return { visited: this.visited, succeeded: this.succeeded };
  }

  reset(seed: number): Float32Array {
    const rng = new Rng(seed);
    const { start, startNoise } = this.config.layout;
    this.mj.mj_resetData(this.model, this.data);
    // The ball's body sits at the origin; its slide joints hold the offset.
    this.data.qpos[0] = start[0] + rng.uniform(-startNoise, startNoise);
    this.data.qpos[1] = start[1] + rng.uniform(-startNoise, startNoise);
    this.mj.mj_forward(this.model, this.data);
    this.t = 0;
    this.visited = this.config.layout.waypoint === null;
    this.succeeded = false;
    return this.observe();
  }

  step(action: Float32Array): StepResult {
    const ctrl = this.data.ctrl as Float64Array;
    ctrl[0] = Math.max(-1, Math.min(1, action[0]));
    ctrl[1] = Math.max(-1, Math.min(1, action[1]));
    for (let i = 0; i < this.substeps; i++) this.mj.mj_step(this.model, this.data);
    this.mj.mj_kinematics(this.model, this.data);
    this.t++;
    const { waypoint, goal, radius, obstacle } = this.config.layout;
    const [x, y] = this.position();
    if (!this.visited && waypoint && Math.hypot(waypoint[0] - x, waypoint[1] - y) < radius) this.visited = true;
    const dGoal = Math.hypot(goal[0] - x, goal[1] - y);
    const target = this.visited ? goal : (waypoint as [number, number]);
    const dTarget = Math.hypot(target[0] - x, target[1] - y);
    const atGoal = this.visited && dGoal < radius;
    if (atGoal) this.succeeded = true;
    const crashed = obstacle !== null && Math.hypot(obstacle.at[0] - x, obstacle.at[1] - y) < obstacle.radius + BALL.radius + 0.005;
    const task = crashed ? 0 : taskReward(this.config.reward, this.visited, dTarget, dGoal, radius);
    return { obs: this.observe(), rewards: { task }, done: crashed || this.t >= this.episodeLength, terminal: crashed, success: atGoal };
  }

  private position(): [number, number] {
    const q = this.data.qpos as Float64Array;
    return [q[0], q[1]];
  }

  private observe(): Float32Array {
    const q = this.data.qpos as Float64Array;
    const v = this.data.qvel as Float64Array;
    const { waypoint, goal } = this.config.layout;
    const wp = waypoint ?? goal;
    return Float32Array.of(q[0], q[1], v[0], v[1], wp[0] - q[0], wp[1] - q[1], goal[0] - q[0], goal[1] - q[1], this.visited ? 1 : 0, this.t / this.episodeLength);
  }

  poses(): BodyPoses {
    return { xpos: Float64Array.from(this.data.xpos as Float64Array), xquat: Float64Array.from(this.data.xquat as Float64Array) };
  }

  scene(): SceneDescription {
    const names: string[] = [];
    for (let i = 0; i < this.model.ngeom; i++) names.push(this.mj.mj_id2name(this.model, this.mj.mjtObj.mjOBJ_GEOM.value, i) ?? '');
    return describeScene(this.model, names);
  }

  dispose(): void {
    this.data.delete();
    this.model.delete();
  }
}
