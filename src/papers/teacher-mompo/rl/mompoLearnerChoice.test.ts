import type * as tfc from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../../core/backend/nodeBackend';
import { Rng } from '../../../core/rng';
import { ACME_MOMPO, MompoLearner } from './mompoLearner';
import { rewardObjective, selectedTeacherObjective, type TeacherPolicy } from './objectives';
import type { Batch } from './replay';

const tf = await initNodeBackend('wasm');

/** A teacher whose log π_T is the same constant for every action. */
const flat = (name: string, value: number): TeacherPolicy => ({
  name,
  act: () => ({ mean: new Float32Array(2), std: new Float32Array([1, 1]) }),
  logProb: (_obs, actions) => tf.fill([actions.shape[0], actions.shape[1]], value) as tfc.Tensor2D,
});

const batchOf = (r: Rng, B: number): Batch => ({
  obs: Float32Array.from({ length: B * 3 }, () => r.normal()), action: Float32Array.from({ length: B * 2 }, () => r.uniform(-1, 1)),
  returns: Float32Array.from({ length: B }, () => r.normal()), discount: new Float32Array(B).fill(0.9),
  next: Float32Array.from({ length: B * 3 }, () => r.normal()), size: B,
});

const config = { ...ACME_MOMPO, obsSize: 3, actionSize: 2, policyHidden: [16], criticHidden: [16], samples: 8, targetPeriod: 1, policyLr: 1e-2, criticLr: 1e-2 };

describe('MO-MPO learner with a teacher-choice head', () => {
  it('has no head by default and refuses a bad head size', () => {
    const l = new MompoLearner(config, [rewardObjective('task', 0.1)], new Rng(1));
    expect(l.choiceHead).toBeNull();
    l.dispose();
    expect(() => new MompoLearner({ ...config, teacherChoices: 1.5 }, [rewardObjective('task', 0.1)], new Rng(1))).toThrow(/whole number/);
  });

  it('samples choices for gated teachers and moves the head toward the teacher they favour, its KL to π_old bounded by a few ε_choice', async () => {
    // Teacher 0 scores its own choice above 'off' (log π_T = 3 > 0), teacher 1 below (−3 < 0): both favour c = 0.
    const objectives = [rewardObjective('task', 0.1), selectedTeacherObjective(flat('a', 3), 0, 0.1), selectedTeacherObjective(flat('b', -3), 1, 0.1)];
    // Targets copied every 4 updates, so the M-step's KL to π_old is measured away from zero.
    const l = new MompoLearner({ ...config, targetPeriod: 4, teacherChoices: 2, epsChoice: 0.01 }, objectives, new Rng(2));
    expect(l.namedWeights.length).toBe(l.policy.weights.length + (l.critic?.weights.length ?? 0) + (l.choiceHead?.weights.length ?? 0));
    const r = new Rng(3);
    const batch = batchOf(r, 16);
    const obs = tf.tensor2d(batch.obs, [16, 3]);
    const p0 = () => (tf.mean(tf.slice(tf.softmax(l.choiceHead?.apply(obs) as tfc.Tensor2D), [0, 0], [16, 1])).arraySync() as number);
    expect(l.choiceHead?.apply(obs).shape).toEqual([16, 2]);
    const before = p0();
    let last = await l.update(batch);
    let maxKl = 0;
    for (let i = 0; i < 40; i++) {
      last = await l.update(batch);
      maxKl = Math.max(maxKl, last.klChoice ?? NaN);
    }
    expect(Number.isFinite(last.klChoice)).toBe(true);
    expect(maxKl).toBeGreaterThan(0);
    expect(maxKl).toBeLessThan(5 * 0.01);
    expect(last.alphaChoice).toBeGreaterThan(0);
    expect(last.choiceEntropy).toBeLessThan(Math.log(2));
    expect(p0()).toBeGreaterThan(before + 0.1);
    l.dispose();
  }, 60_000);
});
