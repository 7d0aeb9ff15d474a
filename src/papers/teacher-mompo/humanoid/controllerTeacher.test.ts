import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../../core/backend/nodeBackend';
import { Rng } from '../../../core/rng';
import { ControllerTeacher } from './controllerTeacher';
import { HumanoidEnv } from './humanoidEnv';
import { standController } from './standController';
import { WALK_TEACHER } from './humanoidTeachers';
import { walkController } from './walkController';
import type { Controller, Ops } from './controllerJs';

/** Exercises every op (clip, relu, products of columns) on clock-driven terms, like a stepping gait would. */
const clocked: Controller = <V>(o: Ops<V>, col: (name: string) => V): V[] => {
  const swing = o.clip(o.scale(col('clock:sin'), 3), 0, 1);
  const lift = o.relu(o.sub(col('clock:cos'), o.c(0.2)));
  return Array.from({ length: 21 }, (_, i) =>
    o.add(o.mul(swing, o.scale(col('joint:right_knee'), -2)), o.scale(lift, 0.1 * (i % 3)), o.mul(col('com_vel_heading:forward'), col('torso_vertical:x'))));
};

let env: HumanoidEnv;
let states: Float32Array[];

beforeAll(async () => {
  await initNodeBackend('wasm');
  env = await HumanoidEnv.create({ task: 'walk', episodeLength: 50, clockPeriod: 0.8 });
  // A few real states along a random-action rollout.
  const rng = new Rng(3);
  states = [env.reset(3)];
  for (let t = 0; t < 12; t++) {
    const a = Float32Array.from({ length: 21 }, () => rng.uniform(-0.5, 0.5));
    states.push(env.step(a).obs);
  }
});
afterAll(() => env.dispose());

describe('ControllerTeacher', () => {
  for (const [name, ctrl] of [['stand', standController()], ['clocked', clocked], ['walk', walkController(WALK_TEACHER.gains)]] as const) {
    it(`${name}: the tfjs batch gives the same means and log π_T as plain JS`, () => {
      const teacher = new ControllerTeacher(name, ctrl, env.observationSpec.names, 21, 0.2);
      // The stand controller is affine in the observation (one matMul per batch); the clocked one is not.
      expect(teacher.affine !== null).toBe(name === 'stand');
      const rng = new Rng(5);
      const N = 3;
      const B = states.length;
      const actions = Array.from({ length: N }, () => states.map(() => Float32Array.from({ length: 21 }, () => rng.uniform(-1, 1))));
      const obsT = tf.tensor2d(states.map((s) => Array.from(s))); // [B, O]
      const actT = tf.tensor3d(actions.map((row) => row.map((a) => Array.from(a)))); // [N, B, A]
      const lp = teacher.logProb(obsT, actT).arraySync(); // [N, B]
      for (let n = 0; n < N; n++) {
        for (let b = 0; b < B; b++) expect(lp[n][b]).toBeCloseTo(teacher.logProbJs(states[b], actions[n][b]), 2);
      }
      // log π_T peaks at the teacher's own mean: 21 · (−½ log 2π − log σ)
      const peak = teacher.logProbJs(states[4], teacher.meanJs(states[4]));
      expect(peak).toBeCloseTo(21 * (-0.5 * Math.log(2 * Math.PI) - Math.log(0.2)), 4);
      for (const m of teacher.meanJs(states[4])) expect(Math.abs(m)).toBeLessThanOrEqual(1);
      tf.dispose([obsT, actT]);
    });
  }

  it('counts only its own actuators, so teachers can split the body', () => {
    const legs = new ControllerTeacher('legs', standController(), env.observationSpec.names, 21, 0.5, [3, 4, 5, 6]);
    const s = states[2];
    const a = legs.meanJs(s).slice();
    const base = legs.logProbJs(s, a);
    a[0] += 10; // an arm or abdomen action does not change a legs teacher's log π_T
    expect(legs.logProbJs(s, a)).toBe(base);
    a[5] += 0.5;
    expect(legs.logProbJs(s, a)).toBeCloseTo(base - 0.5 * (0.5 / 0.5) ** 2, 6);
  });

  it('fails early and clearly on a bad setup', () => {
    expect(() => new ControllerTeacher('s', standController(), env.observationSpec.names, 21, 0)).toThrow(/positive std/);
    expect(() => new ControllerTeacher('s', standController(), env.observationSpec.names, 21, 0.1, [25])).toThrow(/outside/);
    const noClock = env.observationSpec.names.filter((n) => !n.startsWith('clock:'));
    expect(() => new ControllerTeacher('w', clocked, noClock, 21, 0.1)).toThrow(/clock:sin/);
  });
});
