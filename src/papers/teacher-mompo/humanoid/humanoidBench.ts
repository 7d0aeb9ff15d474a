/**
 * Throughput of the humanoid simulation, for the panel's bench entry and the
 * report: bare MuJoCo physics steps per second, and control steps per second
 * through `HumanoidEnv.step` (5 physics steps, the position/velocity refresh,
 * the observation and the reward) with the stand teacher choosing the
 * actions (so the body stays up and in contact, the costly case).
 */
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../../../core/rng';
import { HumanoidEnv } from './humanoidEnv';
import { standTeacher } from './humanoidTeachers';

export interface HumanoidThroughput {
  /** Bare mj_step calls per second on the same action sequence. */
  physicsStepsPerSec: number;
  /** HumanoidEnv.step calls per second (each 5 physics steps). */
  controlStepsPerSec: number;
  /** Stand-teacher means per second in plain JS (the actor's side). */
  teacherActsPerSec: number;
}

export async function benchHumanoidPhysics(controlSteps = 1000): Promise<HumanoidThroughput> {
  const env = await HumanoidEnv.create({ task: 'stand', episodeLength: controlSteps });
  try {
    const teacher = standTeacher(env.observationSpec.names);
    let obs = env.reset(1);
    const actions: Float32Array[] = [];
    let envMs = 0;
    let teacherMs = 0;
    for (let t = 0; t < controlSteps; t++) {
      const t0 = performance.now();
      const a = teacher.meanJs(obs);
      const t1 = performance.now();
      obs = env.step(a).obs;
      envMs += performance.now() - t1;
      teacherMs += t1 - t0;
      actions.push(a);
    }
    const { mj, model, data } = env.handles;
    mj.mj_resetDataKeyframe(model, data, 0);
    const t0 = performance.now();
    for (const a of actions) {
      const ctrl = data.ctrl;
      for (let i = 0; i < a.length; i++) ctrl[i] = a[i];
      for (let k = 0; k < env.substeps; k++) mj.mj_step(model, data);
    }
    const physicsMs = performance.now() - t0;
    return {
      physicsStepsPerSec: (controlSteps * env.substeps * 1000) / physicsMs,
      controlStepsPerSec: (controlSteps * 1000) / envMs,
      teacherActsPerSec: (controlSteps * 1000) / teacherMs,
    };
  } finally {
    env.dispose();
  }
}

/** Batches of the stand teacher's log π_T per second on the current tfjs backend: obs [B, O], actions [N, B, 21]. */
export async function benchTeacherLogProb(batch = 256, samples = 20, reps = 10): Promise<number> {
  const env = await HumanoidEnv.create({ task: 'stand' });
  const teacher = standTeacher(env.observationSpec.names);
  const rng = new Rng(1);
  const states: number[][] = [];
  for (let b = 0; b < batch; b++) {
    let o = env.reset(b);
    for (let t = 0; t < b % 8; t++) o = env.step(teacher.meanJs(o)).obs;
    states.push(Array.from(o));
  }
  env.dispose();
  const obs = tf.tensor2d(states); // [B, O]
  const actions = tf.tensor3d(Array.from({ length: samples * batch * 21 }, () => rng.uniform(-1, 1)), [samples, batch, 21]); // [N, B, A]
  try {
    const warm = teacher.logProb(obs, actions);
    await warm.data();
    warm.dispose();
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) {
      const lp = teacher.logProb(obs, actions); // [N, B]
      await lp.data();
      lp.dispose();
    }
    return (reps * 1000) / (performance.now() - t0);
  } finally {
    tf.dispose([obs, actions]);
  }
}
