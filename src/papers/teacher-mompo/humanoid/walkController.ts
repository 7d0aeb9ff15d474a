/**
 * A scripted walking controller for our humanoid, in the spirit of SIMBICON
 * (Yin, Loken & van de Panne, 2007), driven by the observation's gait clock
 * (sin, cos of 2πt/T) so that it is a function of the observation alone:
 *
 *  - phase weights w_R = clip(k·sin, 0, 1) and w_L = clip(−k·sin, 0, 1): the
 *    right leg swings while sin > 0, the left while sin < 0;
 *  - the swing hip tracks a thigh angle held in the world frame, with
 *    SIMBICON's foot-placement feedback
 *      α = α₀ + c_d·d + c_v·v   (d: centre of mass ahead of the stance foot, v: its velocity),
 *    forward and sideways; the swing knee bends (more early in the swing),
 *    the swing ankle levels the sole;
 *  - the stance hip holds the torso upright in the world at a small forward
 *    lean (the torso torque of `balanceSignals`' pitch and roll) and takes
 *    up part of the swing hip's reaction; the stance knee stays nearly
 *    straight and the stance ankle levels the sole and pushes off;
 *  - the stance hip's rotation (hip_z) steers back toward the starting
 *    heading, read from the world-frame against the heading-frame velocity;
 *  - abdomen, hip rotation and arms are held near zero by PD.
 *
 * It multiplies phase weights by observation terms, so it is not affine: a
 * teacher on it evaluates it with tfjs ops per batch. The gains are a flat
 * vector (WALK_PARAMS) so that `npm run train-teachers` can search them.
 */
import type { Controller, Ops } from './controllerJs';
import { HUMANOID_JOINTS, type HumanoidJoint } from './humanoidModel';
import { balanceSignals, COM_IN_TORSO, COM_OVER_FEET } from './standController';

export interface WalkParamSpec {
  name: string;
  /** Hand-tuned starting value. */
  init: number;
  /** Typical size of a useful change (the search's unit step). */
  scale: number;
  lo: number;
  hi: number;
  help: string;
}

/** The searchable gains, in vector order. Angles in rad, gains in ctrl units per rad (per rad/s). */
export const WALK_PARAMS: readonly WalkParamSpec[] = [
  { name: 'sharp', init: 3, scale: 1, lo: 0.5, hi: 12, help: 'slope k of the phase weights' },
  { name: 'swingHip', init: 0.45, scale: 0.15, lo: -0.3, hi: 1.3, help: 'swing thigh angle ahead of vertical, world frame' },
  { name: 'swingCd', init: 0.5, scale: 0.3, lo: -2, hi: 4, help: 'foot placement per m of centre of mass ahead of the stance foot' },
  { name: 'swingCv', init: 0.3, scale: 0.2, lo: -2, hi: 3, help: 'foot placement per m/s of forward velocity' },
  { name: 'swingKnee', init: 0.9, scale: 0.3, lo: 0, hi: 2.2, help: 'swing knee bend' },
  { name: 'swingKneeEarly', init: 0.4, scale: 0.3, lo: -1.5, hi: 1.5, help: 'extra knee bend early in the swing (× cos of the phase)' },
  { name: 'stanceKnee', init: 0.1, scale: 0.1, lo: -0.05, hi: 1, help: 'stance knee bend' },
  { name: 'lean', init: 0.05, scale: 0.05, lo: -0.3, hi: 0.5, help: 'torso pitch target (forward)' },
  { name: 'torsoKp', init: 3, scale: 1, lo: 0, hi: 12, help: 'stance hip torque per rad of torso pitch' },
  { name: 'torsoKd', init: 0.1, scale: 0.05, lo: 0, hi: 1, help: 'stance hip torque per rad/s of pitch rate' },
  { name: 'hipKp', init: 2, scale: 0.7, lo: 0, hi: 10, help: 'swing hip_y PD stiffness' },
  { name: 'hipKd', init: 0.05, scale: 0.03, lo: 0, hi: 0.5, help: 'swing hip PD damping' },
  { name: 'kneeKp', init: 2, scale: 0.7, lo: 0, hi: 10, help: 'knee PD stiffness' },
  { name: 'kneeKd', init: 0.02, scale: 0.02, lo: 0, hi: 0.3, help: 'knee PD damping' },
  { name: 'ankleKp', init: 2, scale: 0.7, lo: 0, hi: 10, help: 'ankle PD stiffness (toward a level sole)' },
  { name: 'swingAnkle', init: -0.1, scale: 0.1, lo: -0.8, hi: 0.8, help: 'swing ankle offset from level (+: toes down)' },
  { name: 'pushOff', init: 0.1, scale: 0.1, lo: -0.5, hi: 1, help: 'stance ankle offset while the other leg swings (+: toes down)' },
  { name: 'width', init: 0.25, scale: 0.1, lo: -0.1, hi: 0.6, help: 'outward angle of the swing thigh, world frame' },
  { name: 'latCd', init: 0.5, scale: 0.3, lo: -2, hi: 4, help: 'sideways placement per m of centre of mass left of the stance foot' },
  { name: 'latCv', init: 0.3, scale: 0.2, lo: -2, hi: 3, help: 'sideways placement per m/s of sideways velocity' },
  { name: 'hipXKp', init: 3, scale: 1, lo: 0, hi: 10, help: 'swing hip_x and hip_z PD stiffness' },
  { name: 'rollKp', init: 3, scale: 1, lo: 0, hi: 12, help: 'stance hip torque per rad of torso roll' },
  { name: 'rollKd', init: 0.1, scale: 0.05, lo: 0, hi: 1, help: 'stance hip torque per rad/s of roll rate' },
  { name: 'abdKp', init: 2, scale: 0.7, lo: 0, hi: 10, help: 'abdomen PD stiffness' },
  { name: 'abdTorso', init: 0.5, scale: 0.3, lo: -1, hi: 2, help: 'share of the torso torque the abdomen adds' },
  { name: 'swingComp', init: 0.5, scale: 0.3, lo: -0.5, hi: 1.5, help: 'share of the swing hip torque the stance hip cancels' },
  { name: 'steer', init: 0, scale: 0.3, lo: -3, hi: 3, help: 'stance hip_z torque per unit of heading error (|v|² sin ψ, from world vs heading-frame velocity)' },
];

export type WalkGains = Readonly<Record<string, number>>;

/** Gains from a parameter vector (WALK_PARAMS order), clipped to each range. */
export function walkGainsFromVector(x: ArrayLike<number>): Record<string, number> {
  if (x.length !== WALK_PARAMS.length) throw new RangeError(`walk gains need ${WALK_PARAMS.length} numbers, got ${x.length}`);
  const g: Record<string, number> = {};
  WALK_PARAMS.forEach((p, i) => {
    const v = x[i];
    g[p.name] = Number.isFinite(v) ? Math.min(p.hi, Math.max(p.lo, v)) : p.init;
  });
  return g;
}

/** The parameter vector of named gains; missing names take their starting value. */
export function walkGainsToVector(g: WalkGains): number[] {
  return WALK_PARAMS.map((p) => (Number.isFinite(g[p.name]) ? g[p.name] : p.init));
}

export const WALK_INIT: WalkGains = walkGainsFromVector(WALK_PARAMS.map((p) => p.init));

type Side = 'right' | 'left';

export function walkController(gains: WalkGains = WALK_INIT): Controller {
  const g = walkGainsFromVector(walkGainsToVector(gains));
  return <V>(o: Ops<V>, col: (name: string) => V): V[] => {
    const s = balanceSignals(o, col);
    const q = (j: HumanoidJoint): V => col(`joint:${j}`);
    const qd = (j: HumanoidJoint): V => col(`qvel:${j}`);
    const sin = col('clock:sin');
    const cos = col('clock:cos');
    const swing: Record<Side, V> = { right: o.clip(o.scale(sin, g.sharp), 0, 1), left: o.clip(o.scale(sin, -g.sharp), 0, 1) };
    const stance = (side: Side): V => o.sub(o.c(1), swing[side]);
    const early: Record<Side, V> = { right: cos, left: o.scale(cos, -1) };
    const other = (side: Side): Side => (side === 'right' ? 'left' : 'right');
    const mirror = (side: Side): number => (side === 'right' ? 1 : -1);

    const torsoPitch = o.add(o.scale(o.sub(s.pitch, o.c(g.lean)), g.torsoKp), o.scale(s.pitchRate, g.torsoKd));
    const torsoRoll = o.add(o.scale(s.roll, g.rollKp), o.scale(s.rollRate, g.rollKd));
    // Centre of mass ahead of one foot (m), first order in the torso's pitch.
    const comAhead = (side: Side): V => o.add(o.sub(o.c(COM_IN_TORSO[0]), col(`${side}_foot:x`)), o.scale(s.pitch, COM_OVER_FEET));

    // Swing hip_y: a world-frame thigh angle (positive rotation about +y puts the foot behind).
    const swingHipY = (side: Side): V => {
      const place = o.add(o.c(g.swingHip), o.scale(comAhead(other(side)), g.swingCd), o.scale(s.velFwd, g.swingCv));
      const target = o.sub(o.sub(o.scale(place, -1), s.pitch), q('abdomen_y'));
      return o.sub(o.scale(o.sub(target, q(`${side}_hip_y`)), g.hipKp), o.scale(qd(`${side}_hip_y`), g.hipKd));
    };
    // Centre of mass to the left of one foot (m), first order in the torso's roll.
    const comLeftOf = (side: Side): V => o.sub(o.sub(o.c(COM_IN_TORSO[1]), col(`${side}_foot:y`)), o.scale(s.roll, COM_OVER_FEET));
    // Swing hip_x: a world-frame sideways thigh angle (positive: foot toward +y); the left hinge turns about −x.
    const swingHipX = (side: Side): V => {
      const k = mirror(side);
      const place = o.add(o.c(-k * g.width), o.scale(comLeftOf(other(side)), g.latCd), o.scale(s.velLeft, g.latCv));
      const target = o.scale(o.sub(o.sub(place, s.roll), q('abdomen_x')), k);
      return o.sub(o.scale(o.sub(target, q(`${side}_hip_x`)), g.hipXKp), o.scale(qd(`${side}_hip_x`), g.hipKd));
    };
    const swingY = { right: swingHipY('right'), left: swingHipY('left') };
    const swingX = { right: swingHipX('right'), left: swingHipX('left') };

    const hipY = (side: Side): V =>
      o.add(o.mul(swing[side], swingY[side]), o.mul(stance(side), torsoPitch), o.scale(o.mul(swing[other(side)], swingY[other(side)]), -g.swingComp));
    const hipX = (side: Side): V => o.add(o.mul(swing[side], swingX[side]), o.scale(o.mul(stance(side), torsoRoll), mirror(side)));
    // Heading error: the walking direction in the world (+x is ahead) against the one in the torso's heading frame;
    // fwd·v_y − left·v_x = |v|² sin ψ for a torso turned ψ to the left of its path. The stance hip_z turns the pelvis back.
    const heading = o.sub(o.mul(s.velFwd, col('com_vel:y')), o.mul(s.velLeft, col('com_vel:x')));
    const hipZ = (side: Side): V => o.add(
      o.sub(o.scale(q(`${side}_hip_z`), -g.hipXKp), o.scale(qd(`${side}_hip_z`), g.hipKd)),
      o.scale(o.mul(stance(side), heading), mirror(side) * g.steer),
    );
    const knee = (side: Side): V => {
      const bend = o.add(o.c(g.stanceKnee), o.mul(swing[side], o.add(o.c(g.swingKnee), o.scale(early[side], g.swingKneeEarly))));
      return o.sub(o.scale(o.sub(o.scale(bend, -1), q(`${side}_knee`)), g.kneeKp), o.scale(qd(`${side}_knee`), g.kneeKd));
    };
    // Sole pitch and roll in the world to first order (as in the stand controller); the ankle PD levels the sole, plus an offset.
    const anklePitch = (side: Side): V => {
      const sole = o.add(s.pitch, q('abdomen_y'), q(`${side}_hip_y`), o.scale(q(`${side}_knee`), -1), q(`${side}_ankle_y`));
      const offset = o.add(o.scale(swing[side], g.swingAnkle), o.scale(swing[other(side)], g.pushOff));
      return o.scale(o.sub(offset, sole), g.ankleKp);
    };
    const ankleRoll = (side: Side): V => {
      const k = mirror(side);
      const sole = o.add(s.roll, q('abdomen_x'), o.scale(q(`${side}_hip_x`), k), o.scale(q(`${side}_ankle_x`), k));
      return o.scale(sole, -k * g.ankleKp);
    };
    const abd = (j: HumanoidJoint, torque: V | null): V => {
      const pd = o.sub(o.scale(q(j), -g.abdKp), o.scale(qd(j), 0.2));
      return torque ? o.add(pd, o.scale(torque, g.abdTorso)) : pd;
    };
    const hold = (j: HumanoidJoint): V => o.scale(q(j), -0.5);

    const out: Record<HumanoidJoint, V> = {
      abdomen_y: abd('abdomen_y', torsoPitch),
      abdomen_z: abd('abdomen_z', null),
      abdomen_x: abd('abdomen_x', torsoRoll),
      right_hip_x: hipX('right'), right_hip_z: hipZ('right'), right_hip_y: hipY('right'), right_knee: knee('right'),
      right_ankle_x: ankleRoll('right'), right_ankle_y: anklePitch('right'),
      left_hip_x: hipX('left'), left_hip_z: hipZ('left'), left_hip_y: hipY('left'), left_knee: knee('left'),
      left_ankle_x: ankleRoll('left'), left_ankle_y: anklePitch('left'),
      right_shoulder1: hold('right_shoulder1'), right_shoulder2: hold('right_shoulder2'), right_elbow: hold('right_elbow'),
      left_shoulder1: hold('left_shoulder1'), left_shoulder2: hold('left_shoulder2'), left_elbow: hold('left_elbow'),
    };
    return HUMANOID_JOINTS.map((j) => out[j]);
  };
}
