/**
 * The humanoid's stand and walk tasks, shaped like the DeepMind Control
 * Suite's: what the body measures (head height, torso uprightness, the
 * centre-of-mass velocity, hands and feet in the torso frame), the
 * multiplicative reward
 *
 *   r = standing · upright · smallControl · move
 *
 * and the egocentric observation. The reward is a pure function of those
 * measurements (`rewardTerms`), so it can be checked on hand-set numbers.
 */
import type { MjData, MjModel } from '@mujoco/mujoco';
import type { Mujoco } from '../rl/loadMujoco';
import { HUMANOID_EXTREMITIES, HUMANOID_JOINTS } from './humanoidModel';
import { tolerance } from './tolerance';

/** Head height (m) from which the body counts as standing. */
export const STAND_HEIGHT = 1.4;
/** Target horizontal speed (m/s) of the walk task. */
export const WALK_SPEED = 1;

export type HumanoidTask = 'stand' | 'walk';

/** Target horizontal centre-of-mass speed per task (0: keep still). */
export const TASK_SPEED: Readonly<Record<HumanoidTask, number>> = { stand: 0, walk: WALK_SPEED };

export interface RewardTerms {
  /** Head at or above STAND_HEIGHT, gaussian margin STAND_HEIGHT/4. */
  standing: number;
  /** Torso z-axis vertical component ≥ 0.9, linear to 0 at −1. */
  upright: number;
  /** (4 + mean quadratic penalty of the controls) / 5, in [0.8, 1]. */
  smallControl: number;
  /** Speed term: "don't move" for stand, "reach the target speed" for walk. */
  move: number;
  reward: number;
}

/** The suite's reward for a task from the body's measurements. */
export function rewardTerms(
  task: HumanoidTask,
  headHeight: number,
  torsoUpright: number,
  control: ArrayLike<number>,
  comVelX: number,
  comVelY: number,
): RewardTerms {
  const standing = tolerance(headHeight, [STAND_HEIGHT, Infinity], STAND_HEIGHT / 4);
  const upright = tolerance(torsoUpright, [0.9, Infinity], 1.9, 'linear', 0);
  let ctrl = 0;
  for (let i = 0; i < control.length; i++) ctrl += tolerance(control[i], [0, 0], 1, 'quadratic', 0);
  const smallControl = (4 + ctrl / Math.max(1, control.length)) / 5;
  const speed = TASK_SPEED[task];
  let move: number;
  if (speed === 0) {
    move = (tolerance(comVelX, [0, 0], 2) + tolerance(comVelY, [0, 0], 2)) / 2;
  } else {
    const v = Math.hypot(comVelX, comVelY);
    move = (5 * tolerance(v, [speed, Infinity], speed, 'linear', 0) + 1) / 6;
  }
  return { standing, upright, smallControl, move, reward: standing * upright * smallControl * move };
}

/** Ids and addresses resolved once per model. */
export interface HumanoidHandles {
  mj: Mujoco;
  model: MjModel;
  data: MjData;
  torso: number;
  head: number;
  /** Body ids of HUMANOID_EXTREMITIES, in that order. */
  extremities: number[];
  /** sensordata address of the torso subtree's linear velocity (the centre-of-mass velocity). */
  comVelAdr: number;
  /** Hinge joint names in qpos order (qpos[7:] and qvel[6:]). */
  qposJoints: string[];
  /** For each actuator (HUMANOID_JOINTS order), the qpos address of its joint. */
  actuatorQpos: Int32Array;
  /** For each actuator, the qvel address of its joint. */
  actuatorQvel: Int32Array;
}

export function humanoidHandles(mj: Mujoco, model: MjModel, data: MjData): HumanoidHandles {
  const body = (name: string): number => {
    const id = mj.mj_name2id(model, mj.mjtObj.mjOBJ_BODY.value, name);
    if (id < 0) throw new Error(`humanoid model has no body '${name}'`);
    return id;
  };
  const sensor = mj.mj_name2id(model, mj.mjtObj.mjOBJ_SENSOR.value, 'torso_subtreelinvel');
  if (sensor < 0) throw new Error("humanoid model has no sensor 'torso_subtreelinvel'");
  const qposJoints: string[] = [];
  for (let j = 1; j < model.njnt; j++) qposJoints.push(mj.mj_id2name(model, mj.mjtObj.mjOBJ_JOINT.value, j));
  const actuatorQpos = new Int32Array(HUMANOID_JOINTS.length);
  const actuatorQvel = new Int32Array(HUMANOID_JOINTS.length);
  HUMANOID_JOINTS.forEach((name, i) => {
    const j = mj.mj_name2id(model, mj.mjtObj.mjOBJ_JOINT.value, name);
    if (j < 0) throw new Error(`humanoid model has no joint '${name}'`);
    actuatorQpos[i] = model.jnt_qposadr[j];
    actuatorQvel[i] = model.jnt_dofadr[j];
  });
  return {
    mj, model, data,
    torso: body('torso'),
    head: body('head'),
    extremities: HUMANOID_EXTREMITIES.map(body),
    comVelAdr: model.sensor_adr[sensor],
    qposJoints, actuatorQpos, actuatorQvel,
  };
}

export function headHeight(h: HumanoidHandles): number {
  return h.data.xpos[h.head * 3 + 2];
}

/** The torso z-axis's world-vertical component: 1 upright, −1 upside down. */
export function torsoUpright(h: HumanoidHandles): number {
  return h.data.xmat[h.torso * 9 + 8];
}

/** [3] world-frame centre-of-mass velocity of the whole body. */
export function comVelocity(h: HumanoidHandles): [number, number, number] {
  const s = h.data.sensordata;
  return [s[h.comVelAdr], s[h.comVelAdr + 1], s[h.comVelAdr + 2]];
}

/** [4 · 3] hands and feet relative to the torso, in the torso frame (HUMANOID_EXTREMITIES order). */
export function extremities(h: HumanoidHandles, out: Float32Array = new Float32Array(12), offset = 0): Float32Array {
  const xpos = h.data.xpos;
  const xmat = h.data.xmat;
  const t = h.torso * 3;
  const r = h.torso * 9;
  h.extremities.forEach((b, k) => {
    const dx = xpos[b * 3] - xpos[t];
    const dy = xpos[b * 3 + 1] - xpos[t + 1];
    const dz = xpos[b * 3 + 2] - xpos[t + 2];
    // Rᵀ·d: column c of R (xmat is row-major) is the torso's c-th axis in the world.
    for (let c = 0; c < 3; c++) out[offset + 3 * k + c] = dx * xmat[r + c] + dy * xmat[r + 3 + c] + dz * xmat[r + 6 + c];
  });
  return out;
}

export interface ObservationOptions {
  /** Period (s) of a sin/cos gait clock appended to the observation; 0 for none (the suite has none). */
  clockPeriod: number;
}

/**
 * Observation entry names. The suite's groups in its order (joint angles,
 * head height, extremities, torso vertical, centre-of-mass velocity, qvel),
 * then the centre-of-mass velocity in the heading frame (forward, left) and
 * the optional gait clock: a scripted walking teacher needs both, and a
 * teacher must be a function of the observation alone.
 */
export function observationNames(h: HumanoidHandles, o: ObservationOptions): string[] {
  const names = h.qposJoints.map((j) => `joint:${j}`);
  names.push('head_height');
  for (const e of HUMANOID_EXTREMITIES) for (const c of 'xyz') names.push(`${e}:${c}`);
  for (const c of 'xyz') names.push(`torso_vertical:${c}`);
  for (const c of 'xyz') names.push(`com_vel:${c}`);
  for (const c of ['vx', 'vy', 'vz', 'wx', 'wy', 'wz']) names.push(`qvel:root_${c}`);
  for (const j of h.qposJoints) names.push(`qvel:${j}`);
  names.push('com_vel_heading:forward', 'com_vel_heading:left');
  if (o.clockPeriod > 0) names.push('clock:sin', 'clock:cos');
  return names;
}

/** Writes the observation for the current state (after mj_forward or mj_step) into `out`. */
export function observe(h: HumanoidHandles, o: ObservationOptions, out: Float32Array): Float32Array {
  const { data, model } = h;
  const qpos = data.qpos;
  const qvel = data.qvel;
  const xmat = data.xmat;
  const nj = model.nq - 7;
  let i = 0;
  for (let j = 0; j < nj; j++) out[i++] = qpos[7 + j];
  out[i++] = headHeight(h);
  extremities(h, out, i);
  i += 12;
  const r = h.torso * 9;
  out[i++] = xmat[r + 6];
  out[i++] = xmat[r + 7];
  out[i++] = xmat[r + 8];
  const [vx, vy, vz] = comVelocity(h);
  out[i++] = vx;
  out[i++] = vy;
  out[i++] = vz;
  for (let j = 0; j < model.nv; j++) out[i++] = qvel[j];
  // Heading: the torso's x-axis projected on the floor.
  const hx = xmat[r];
  const hy = xmat[r + 3];
  const n = Math.hypot(hx, hy) || 1;
  out[i++] = (vx * hx + vy * hy) / n;
  out[i++] = (-vx * hy + vy * hx) / n;
  if (o.clockPeriod > 0) {
    const phase = (2 * Math.PI * data.time) / o.clockPeriod;
    out[i] = Math.sin(phase);
    out[i + 1] = Math.cos(phase);
  }
  return out;
}
