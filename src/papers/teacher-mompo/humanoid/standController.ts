/**
 * A standing balance controller for our humanoid, computed from the
 * observation alone (so a teacher built on it has a defined π_T(a|s)):
 *
 *  - joint PD towards the stand pose (small gains: the 40 Hz zero-order-hold
 *    control makes stiff or strongly damped PD unstable on the light limbs);
 *  - an ankle strategy: the ankles push the centre of mass back over the
 *    middle of the feet, from its horizontal offset and velocity;
 *  - a hip strategy: hips and abdomen keep the torso upright in the world,
 *    from its pitch and roll and their rates.
 *
 * Every term is affine in the observation (so a teacher's batch mean is one
 * matMul); the centre of mass is estimated from the torso frame (its offset
 * in the stand pose) and the tilt is taken to first order, which holds near
 * upright.
 */
import type { Controller, Ops } from './controllerJs';
import { HUMANOID_JOINTS, type HumanoidJoint } from './humanoidModel';

export interface StandGains {
  /** PD gains (ctrl units per rad, per rad/s) per joint group. */
  pd: Readonly<Record<'abdomen' | 'hip' | 'knee' | 'ankle_y' | 'ankle_x' | 'shoulder' | 'elbow', readonly [number, number]>>;
  /** Ankle push (ankle_y) per metre of forward centre-of-mass offset from the feet and per m/s of its velocity. */
  ankle: readonly [number, number];
  /** The same sideways (ankle_x). */
  ankleLateral: readonly [number, number];
  /** Hip and abdomen torque per radian of torso tilt and per rad/s of tilt rate. */
  torso: readonly [number, number];
  /** Ankle PD target: 0 holds the joint at the pose; 1 keeps the sole level with the floor (first order). */
  flatFeet: number;
}

export const STAND_GAINS: StandGains = {
  pd: {
    abdomen: [2, 0.2], hip: [2, 0.02], knee: [2, 0], ankle_y: [2, 0], ankle_x: [3, 0], shoulder: [0.5, 0], elbow: [0.5, 0],
  },
  ankle: [25, 5],
  ankleLateral: [5, 1],
  torso: [2, 0.03],
  flatFeet: 0,
};

/**
 * The pose the stand controller holds: the suite's zero pose with the hips
 * abducted 0.3 rad (a wider stance). In our runs (initial joint noise 0.05
 * rad, 1000 control steps, 12 seeds) it held every episode under Gaussian
 * action noise σ = 0.05 and 10 of 12 under σ = 0.1; with the feet under the
 * hips it failed most episodes at σ = 0.05.
 */
export const STAND_POSE: Readonly<Partial<Record<HumanoidJoint, number>>> = { right_hip_x: -0.3, left_hip_x: -0.3 };

/** Centre of mass in the torso frame in the stand pose (m), measured from the model. */
export const COM_IN_TORSO: readonly [number, number, number] = [0.016, 0, -0.434];

/** Height of the centre of mass over the soles' centres in the stand pose (m): 1.258 − 0.434. */
export const COM_OVER_FEET = 0.824;

function group(j: HumanoidJoint): keyof StandGains['pd'] {
  if (j.startsWith('abdomen')) return 'abdomen';
  if (j.includes('hip')) return 'hip';
  if (j.includes('knee')) return 'knee';
  if (j.includes('ankle_y')) return 'ankle_y';
  if (j.includes('ankle_x')) return 'ankle_x';
  if (j.includes('shoulder')) return 'shoulder';
  return 'elbow';
}

/** The balance feedback signals shared by the stand and walk controllers. */
export interface BalanceSignals<V> {
  /** Torso pitch forward and roll (rotation about +x), rad, first order. */
  pitch: V;
  roll: V;
  pitchRate: V;
  rollRate: V;
  /** Horizontal centre-of-mass offset from the feet's midpoint, forward and left (m). */
  comFwd: V;
  comLeft: V;
  /** Centre-of-mass velocity in the heading frame (m/s). */
  velFwd: V;
  velLeft: V;
}

export function balanceSignals<V>(o: Ops<V>, col: (name: string) => V): BalanceSignals<V> {
  const pitch = o.scale(col('torso_vertical:x'), -1);
  const roll = col('torso_vertical:y');
  const footX = o.scale(o.add(col('right_foot:x'), col('left_foot:x')), 0.5);
  const footY = o.scale(o.add(col('right_foot:y'), col('left_foot:y')), 0.5);
  // Offset of the centre of mass from the feet in the torso frame, tilted into the world to first order
  // with the stand pose's height of the centre of mass over the feet (keeps every term affine).
  return {
    pitch, roll,
    pitchRate: col('qvel:root_wy'),
    rollRate: col('qvel:root_wx'),
    comFwd: o.add(o.sub(o.c(COM_IN_TORSO[0]), footX), o.scale(pitch, COM_OVER_FEET)),
    comLeft: o.sub(o.sub(o.c(COM_IN_TORSO[1]), footY), o.scale(roll, COM_OVER_FEET)),
    velFwd: col('com_vel_heading:forward'),
    velLeft: col('com_vel_heading:left'),
  };
}

/** The stand controller with the given gains and target pose (rad per joint; joints not named are held at 0). */
export function standController(gains: StandGains = STAND_GAINS, pose: Readonly<Partial<Record<HumanoidJoint, number>>> = STAND_POSE): Controller {
  return <V>(o: Ops<V>, col: (name: string) => V): V[] => {
    const s = balanceSignals(o, col);
    const ankleFwd = o.add(o.scale(s.comFwd, gains.ankle[0]), o.scale(s.velFwd, gains.ankle[1]));
    const ankleLeft = o.add(o.scale(s.comLeft, gains.ankleLateral[0]), o.scale(s.velLeft, gains.ankleLateral[1]));
    const torsoPitch = o.add(o.scale(s.pitch, gains.torso[0]), o.scale(s.pitchRate, gains.torso[1]));
    const torsoRoll = o.add(o.scale(s.roll, gains.torso[0]), o.scale(s.rollRate, gains.torso[1]));
    const q = (j: HumanoidJoint): V => col(`joint:${j}`);
    // Sole pitch and roll in the world to first order: the torso's tilt plus the hinge angles down the leg
    // (a left-side x-axis hinge turns about −x, the knee about −y).
    const solePitch = (side: 'right' | 'left'): V => o.add(s.pitch, q('abdomen_y'), q(`${side}_hip_y`), o.scale(q(`${side}_knee`), -1), q(`${side}_ankle_y`));
    const soleRoll = (side: 'right' | 'left'): V => {
      const k = side === 'right' ? 1 : -1;
      return o.add(s.roll, q('abdomen_x'), o.scale(q(`${side}_hip_x`), k), o.scale(q(`${side}_ankle_x`), k));
    };
    const target = (j: HumanoidJoint): V => {
      const base = o.c(pose[j] ?? 0);
      if (gains.flatFeet === 0 || !j.includes('ankle')) return base;
      const side = j.startsWith('right') ? 'right' : 'left';
      // The ankle angle that would level the sole: the current one minus the sole's tilt (for the left ankle_x, plus).
      const level = j.endsWith('_y') ? o.sub(q(j), solePitch(side)) : o.sub(q(j), o.scale(soleRoll(side), side === 'right' ? 1 : -1));
      return o.add(o.scale(base, 1 - gains.flatFeet), o.scale(level, gains.flatFeet));
    };
    return HUMANOID_JOINTS.map((j) => {
      const [kp, kd] = gains.pd[group(j)];
      const pd = o.sub(o.scale(o.sub(target(j), q(j)), kp), o.scale(col(`qvel:${j}`), kd));
      const right = j.startsWith('right');
      switch (j) {
        case 'right_ankle_y': case 'left_ankle_y':
          return o.add(pd, ankleFwd);
        case 'right_ankle_x':
          return o.sub(pd, ankleLeft);
        case 'left_ankle_x':
          return o.add(pd, ankleLeft);
        case 'right_hip_y': case 'left_hip_y': case 'abdomen_y':
          return o.add(pd, torsoPitch);
        case 'right_hip_x': case 'left_hip_x':
          return right ? o.add(pd, torsoRoll) : o.sub(pd, torsoRoll);
        default:
          return pd;
      }
    });
  };
}
