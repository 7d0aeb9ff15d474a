import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../../core/backend/nodeBackend';
import { AdamW } from '../../../core/nn/adamw';
import { createWeight } from '../../../core/nn/weight';
import { Rng } from '../../../core/rng';
import { eStepWeights, mStepLoss, weightsKl } from './mompoLoss';
import { solveTemperature } from './temperatureDual';

const tf = await initNodeBackend('wasm');

const fixedQ = (rng: Rng, n: number, b: number, scale: number) => Array.from({ length: n }, () => Array.from({ length: b }, () => scale * rng.normal()));

describe('E-step', () => {
  it('weights are a softmax of Q/η over the samples of each state', () => {
    const q = tf.tensor2d([[0, 1], [Math.log(3), 1]]); // [N=2, B=2]
    const w = eStepWeights(q, tf.scalar(1)).arraySync();
    expect(w[0][0]).toBeCloseTo(0.25);
    expect(w[1][0]).toBeCloseTo(0.75);
    expect(w[0][1]).toBeCloseTo(0.5);
    expect(weightsKl(tf.tensor2d([[0.5, 0.5], [0.5, 0.5]])).arraySync()).toBeCloseTo(0);
  });

  it('the converged dual puts KL(q ‖ π_old) within 10% of ε at every Q scale', async () => {
    const rng = new Rng(3);
    for (const [eps, scale] of [[0.1, 10], [0.01, 1], [0.5, 100]]) {
      const s = await solveTemperature(fixedQ(rng, 20, 32, scale), eps, 2000, 5e-2);
      expect(Math.abs(s.kl - eps) / eps).toBeLessThan(0.1);
    }
  }, 60_000);
});

describe('M-step', () => {
  it('the Lagrange multipliers hold the mean KL near ε_mean however hard the weights pull', () => {
    const B = 16;
    const A = 2;
    const rng = new Rng(1);
    const mean = createWeight('mean', [B, A], { kind: 'zeros' }, rng, false);
    const logStd = createWeight('logStd', [B, A], { kind: 'zeros' }, rng, false);
    const rawAlphaMean = createWeight('am', [A], { kind: 'zeros' }, rng, false);
    const rawAlphaStd = createWeight('as', [A], { kind: 'zeros' }, rng, false);
    rawAlphaMean.variable.assign(tf.fill([A], 1));
    rawAlphaStd.variable.assign(tf.fill([A], 10));
    const target = { mean: tf.zeros([B, A]) as import('@tensorflow/tfjs-core').Tensor2D, std: tf.ones([B, A]) as import('@tensorflow/tfjs-core').Tensor2D };
    // All weight on one action at +3 in every state: unconstrained, the mean would move to 3 (KL 4.5 per dim).
    const actions = tf.concat([tf.fill([1, B, A], 3), tf.fill([3, B, A], -1)]) as import('@tensorflow/tfjs-core').Tensor3D;
    const weights = tf.concat([tf.ones([1, B]), tf.zeros([3, B])]) as import('@tensorflow/tfjs-core').Tensor2D;
    const opt = new AdamW([mean, logStd], { beta2: 0.999, weightDecay: 0 });
    const dual = new AdamW([rawAlphaMean, rawAlphaStd], { beta2: 0.999, weightDecay: 0 });
    const epsMean = 0.01;
    let kl = 0;
    for (let i = 0; i < 600; i++) {
      tf.tidy(() => {
        const { grads } = tf.variableGrads(() => {
          const m = mStepLoss({ online: { mean: mean.variable as never, std: tf.exp(logStd.variable) as never }, target, actions, weights, rawAlphaMean: rawAlphaMean.variable, rawAlphaStd: rawAlphaStd.variable, epsMean, epsStd: 1e-4 });
          kl = tf.mean(m.klMean).arraySync() as number;
          return m.loss;
        });
        opt.apply({ [mean.variable.name]: grads[mean.variable.name], [logStd.variable.name]: grads[logStd.variable.name] }, 1e-2);
        dual.apply({ [rawAlphaMean.variable.name]: grads[rawAlphaMean.variable.name], [rawAlphaStd.variable.name]: grads[rawAlphaStd.variable.name] }, 5e-2);
      });
    }
    expect(kl).toBeLessThan(3 * epsMean);
    expect(kl).toBeGreaterThan(0.2 * epsMean);
  }, 60_000);
});
