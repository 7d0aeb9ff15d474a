import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MjData, MjModel } from '@mujoco/mujoco';
import { loadMujoco, type Mujoco } from '../rl/loadMujoco';
import { HUMANOID_GEARS, HUMANOID_JOINTS, HUMANOID_TIMESTEP, humanoidXml } from './humanoidModel';

let mj: Mujoco;
let model: MjModel;
let data: MjData;

beforeAll(async () => {
  mj = await loadMujoco();
  model = mj.MjModel.from_xml_string(humanoidXml());
  data = new mj.MjData(model);
});
afterAll(() => {
  data.delete();
  model.delete();
});

const bodyZ = (name: string): number => data.xpos[mj.mj_name2id(model, mj.mjtObj.mjOBJ_BODY.value, name) * 3 + 2];

describe('humanoid model', () => {
  it('has a free root and 21 motors on the expected hinges, in the suite order', () => {
    expect(model.nu).toBe(21);
    expect(model.nq).toBe(7 + 21);
    expect(model.nv).toBe(6 + 21);
    expect(model.opt.timestep).toBe(HUMANOID_TIMESTEP);
    const names = Array.from({ length: model.nu }, (_, i) => mj.mj_id2name(model, mj.mjtObj.mjOBJ_ACTUATOR.value, i));
    expect(names).toEqual([...HUMANOID_JOINTS]);
    for (let i = 0; i < model.nu; i++) {
      const j = model.actuator_trnid[2 * i];
      expect(mj.mj_id2name(model, mj.mjtObj.mjOBJ_JOINT.value, j)).toBe(HUMANOID_JOINTS[i]);
      expect(model.jnt_type[j]).toBe(mj.mjtJoint.mjJNT_HINGE.value);
      expect(model.actuator_gear[6 * i]).toBe(HUMANOID_GEARS[HUMANOID_JOINTS[i]]);
      expect([model.actuator_ctrlrange[2 * i], model.actuator_ctrlrange[2 * i + 1]]).toEqual([-1, 1]);
    }
    expect(model.jnt_type[0]).toBe(mj.mjtJoint.mjJNT_FREE.value);
  });

  it('weighs about as much as the suite humanoid, left and right alike', () => {
    let mass = 0;
    for (let b = 0; b < model.nbody; b++) mass += model.body_mass[b];
    expect(mass).toBeGreaterThan(38);
    expect(mass).toBeLessThan(44);
    const m = (name: string): number => model.body_mass[mj.mj_name2id(model, mj.mjtObj.mjOBJ_BODY.value, name)];
    for (const part of ['thigh', 'shin', 'foot', 'upper_arm', 'lower_arm', 'hand']) expect(m(`left_${part}`)).toBeCloseTo(m(`right_${part}`), 10);
  });

  it('mirrors joint ranges (degrees in the XML, radians in the model)', () => {
    const range = (name: string): [number, number] => {
      const j = mj.mj_name2id(model, mj.mjtObj.mjOBJ_JOINT.value, name);
      return [model.jnt_range[2 * j], model.jnt_range[2 * j + 1]];
    };
    const deg = Math.PI / 180;
    expect(range('right_knee')[0]).toBeCloseTo(-160 * deg, 6);
    expect(range('left_hip_y')).toEqual(range('right_hip_y'));
    expect(range('abdomen_y')[0]).toBeCloseTo(-75 * deg, 6);
  });

  it('stands at the keyframe with the head at about 1.475 m and the feet on the floor', () => {
    mj.mj_resetDataKeyframe(model, data, 0);
    mj.mj_forward(model, data);
    expect(bodyZ('head')).toBeCloseTo(1.475, 3);
    expect(bodyZ('right_foot')).toBeCloseTo(0.027, 3);
    expect(bodyZ('left_foot')).toBeCloseTo(0.027, 3);
  });

  it('falls under zero control', () => {
    mj.mj_resetDataKeyframe(model, data, 0);
    for (let i = 0; i < 1000; i++) mj.mj_step(model, data); // 5 s
    mj.mj_forward(model, data);
    expect(bodyZ('head')).toBeLessThan(0.6);
  });
});
