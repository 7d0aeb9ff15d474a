import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MjData, MjModel } from '@mujoco/mujoco';
import { loadMujoco } from '../rl/loadMujoco';
import { STAND_ROOT_HEIGHT, humanoidXml } from './humanoidModel';
import {
  type HumanoidHandles, comVelocity, extremities, headHeight, humanoidHandles, observationNames, observe, rewardTerms, torsoUpright,
} from './humanoidTasks';

let model: MjModel;
let data: MjData;
let h: HumanoidHandles;

beforeAll(async () => {
  const mj = await loadMujoco();
  model = mj.MjModel.from_xml_string(humanoidXml());
  data = new mj.MjData(model);
  h = humanoidHandles(mj, model, data);
});
afterAll(() => {
  data.delete();
  model.delete();
});

/** Sets the root pose (position, w-first quaternion) and velocity, all hinges at 0, then mj_forward. */
function setState(z: number, quat: [number, number, number, number], vel: [number, number, number] = [0, 0, 0]): void {
  h.mj.mj_resetData(model, data);
  const qpos = data.qpos;
  qpos[2] = z;
  for (let i = 0; i < 4; i++) qpos[3 + i] = quat[i];
  const qvel = data.qvel;
  for (let i = 0; i < 3; i++) qvel[i] = vel[i];
  h.mj.mj_forward(model, data);
}

describe('humanoid reward terms', () => {
  const zero = new Float32Array(21);

  it('is 1 standing still, upright, with no control', () => {
    const t = rewardTerms('stand', 1.5, 1, zero, 0, 0);
    expect(t).toEqual({ standing: 1, upright: 1, smallControl: 1, move: 1, reward: 1 });
  });

  it('multiplies hand-computed factors', () => {
    const ctrl = new Float32Array(21);
    ctrl[0] = 0.5; // quadratic: 0.75; the other 20 give 1 → mean (20 + 0.75)/21
    const t = rewardTerms('stand', 1.05, 0, ctrl, 2, 0);
    expect(t.standing).toBeCloseTo(0.1, 10); // one margin (0.35 m) below 1.4
    expect(t.upright).toBeCloseTo(1 - 0.9 / 1.9, 10);
    expect(t.smallControl).toBeCloseTo((4 + 20.75 / 21) / 5, 6);
    expect(t.move).toBeCloseTo((0.1 + 1) / 2, 10); // vx one margin (2 m/s) away, vy = 0
    expect(t.reward).toBeCloseTo(t.standing * t.upright * t.smallControl * t.move, 12);
  });

  it('rewards walking speed linearly up to 1 m/s in any horizontal direction', () => {
    expect(rewardTerms('walk', 1.5, 1, zero, 0, 0).move).toBeCloseTo(1 / 6, 12);
    expect(rewardTerms('walk', 1.5, 1, zero, 0.3, -0.4).move).toBeCloseTo((5 * 0.5 + 1) / 6, 12);
    expect(rewardTerms('walk', 1.5, 1, zero, 0, 1.2).move).toBe(1);
  });
});

describe('humanoid measurements on hand-set states', () => {
  it('reads head height, uprightness and the centre-of-mass velocity', () => {
    setState(STAND_ROOT_HEIGHT, [1, 0, 0, 0], [0.5, -0.25, 0]);
    expect(headHeight(h)).toBeCloseTo(STAND_ROOT_HEIGHT + 0.19, 10);
    expect(torsoUpright(h)).toBeCloseTo(1, 10);
    // Pure translation: every body moves at the root's velocity.
    const v = comVelocity(h);
    expect(v[0]).toBeCloseTo(0.5, 10);
    expect(v[1]).toBeCloseTo(-0.25, 10);
  });

  it('lying on its back: head at torso height, torso z-axis horizontal', () => {
    // Rotate +90° about y: the torso's z-axis points along world +x.
    const s = Math.SQRT1_2;
    setState(0.3, [s, 0, s, 0]);
    expect(headHeight(h)).toBeCloseTo(0.3, 6);
    expect(torsoUpright(h)).toBeCloseTo(0, 6);
    expect(rewardTerms('stand', headHeight(h), torsoUpright(h), new Float32Array(21), 0, 0).reward).toBeLessThan(1e-10);
  });

  it('gives the extremities in the torso frame, unchanged by a rotation of the whole body', () => {
    setState(STAND_ROOT_HEIGHT, [1, 0, 0, 0]);
    const upright = extremities(h).slice();
    // right foot (index 3): below the torso and to its right (−y)
    expect(upright[11]).toBeCloseTo(-1.258, 3);
    expect(upright[10]).toBeLessThan(-0.05);
    const c = Math.cos(0.4);
    const s = Math.sin(0.4);
    setState(1, [c, s * 0.6, 0, s * 0.8]); // 0.8 rad about (0.6, 0, 0.8)
    const rotated = extremities(h);
    for (let i = 0; i < 12; i++) expect(rotated[i]).toBeCloseTo(upright[i], 5);
  });

  it('lays out the observation as named, with the heading-frame velocity and clock', () => {
    setState(STAND_ROOT_HEIGHT, [Math.SQRT1_2, 0, 0, Math.SQRT1_2], [0, 2, 0]); // facing +y, moving +y
    data.time = 0.25;
    const opts = { clockPeriod: 1 };
    const names = observationNames(h, opts);
    expect(names.length).toBe(21 + 1 + 12 + 3 + 3 + 27 + 2 + 2);
    expect(names.slice(0, 3)).toEqual(['joint:abdomen_z', 'joint:abdomen_y', 'joint:abdomen_x']);
    const o = observe(h, opts, new Float32Array(names.length));
    const at = (n: string): number => o[names.indexOf(n)];
    expect(at('head_height')).toBeCloseTo(STAND_ROOT_HEIGHT + 0.19, 5);
    expect(at('torso_vertical:z')).toBeCloseTo(1, 6);
    expect(at('com_vel:y')).toBeCloseTo(2, 5);
    expect(at('com_vel_heading:forward')).toBeCloseTo(2, 5);
    expect(at('com_vel_heading:left')).toBeCloseTo(0, 5);
    expect(at('clock:sin')).toBeCloseTo(1, 6);
    expect(at('clock:cos')).toBeCloseTo(0, 6);
    expect(observationNames(h, { clockPeriod: 0 }).length).toBe(names.length - 2);
  });
});
