import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../../core/rng';
import { columnIndex, controllerMeanJs } from './controllerJs';
import { HumanoidEnv } from './humanoidEnv';
import { standController } from './standController';

let env: HumanoidEnv;
beforeAll(async () => {
  env = await HumanoidEnv.create({ task: 'stand', episodeLength: 400, initNoise: 0.05 });
});
afterAll(() => env.dispose());

/** Lowest head height over a 10 s episode under a policy. */
function minHead(seed: number, policy: (obs: Float32Array) => Float32Array): { minHead: number; ret: number } {
  let obs = env.reset(seed);
  let low = Infinity;
  let ret = 0;
  for (let done = false; !done; ) {
    const r = env.step(policy(obs));
    obs = r.obs;
    ret += r.rewards.task;
    done = r.done;
    low = Math.min(low, env.headHeight());
  }
  return { minHead: low, ret };
}

describe('stand controller', () => {
  it('holds the head above 1.4 m for a whole 10 s episode, where zero control falls', () => {
    const idx = columnIndex(env.observationSpec.names);
    const ctrl = standController();
    for (const seed of [1, 2, 3]) {
      const held = minHead(seed, (obs) => controllerMeanJs(ctrl, idx, obs));
      expect(held.minHead).toBeGreaterThan(1.4);
      expect(held.ret).toBeGreaterThan(0.95 * env.episodeLength);
      const limp = minHead(seed, () => new Float32Array(21));
      expect(limp.minHead).toBeLessThan(0.6);
      expect(limp.ret).toBeLessThan(0.3 * env.episodeLength);
    }
  });

  it('still stands when its actions are sampled with σ = 0.05 (draws from a teacher Gaussian)', () => {
    const idx = columnIndex(env.observationSpec.names);
    const ctrl = standController();
    const rng = new Rng(11);
    for (const seed of [4, 5]) {
      const noisy = minHead(seed, (obs) => controllerMeanJs(ctrl, idx, obs).map((m) => m + 0.05 * rng.normal()));
      expect(noisy.minHead).toBeGreaterThan(1.3);
    }
  });
});
