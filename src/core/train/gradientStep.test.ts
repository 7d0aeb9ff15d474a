import { describe, expect, it } from 'vitest';
import type { Scalar } from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../backend/nodeBackend';
import { AdamW } from '../nn/adamw';
import { clipByGlobalNorm } from '../nn/clip';
import { createWeight, disposeWeights } from '../nn/weight';
import { Rng } from '../rng';
import { gradientStep } from './gradientStep';

const tf = await initNodeBackend('wasm');

/** A least-squares fit of y = x·w + b: two parameters, one AdamW. */
function problem() {
  const rng = new Rng(7);
  const weights = [createWeight('w', [3, 1], { kind: 'normal', std: 1 }, rng, true), createWeight('b', [1], { kind: 'zeros' }, rng, false)];
  const x = tf.tensor2d([1, 2, 3, 4, 5, 6, -1, 0, 2, 3, 1, 1], [4, 3]);
  const y = tf.tensor2d([1, 0, 2, -1], [4, 1]);
  const loss = () => tf.mean(tf.square(tf.sub(tf.add(tf.matMul(x, weights[0].variable), weights[1].variable), y))) as Scalar;
  return { params: weights, opt: new AdamW(weights, { weightDecay: 0.1 }), loss, dispose: () => { disposeWeights(weights); tf.dispose([x, y]); } };
}

describe('gradientStep', () => {
  const vars = (p: ReturnType<typeof problem>) => p.params.map((q) => q.variable);
  it.each([
    ['inside the update', false],
    ['before the update', true],
  ] as const)('matches the hand-written step with the clip %s bit for bit, and frees all but its report', async (_, clipBeforeUpdate) => {
    const a = problem();
    const b = problem();
    const before = tf.memory().numTensors;
    for (let s = 0; s < 5; s++) {
      const report = gradientStep(a.opt, vars(a), 0.05, () => ({ loss: a.loss(), report: a.loss() }), { clipNorm: 0.5, clipBeforeUpdate });
      const mine = tf.tidy(() => {
        const { value, grads } = tf.variableGrads(b.loss, vars(b));
        if (clipBeforeUpdate) b.opt.apply(clipByGlobalNorm(grads, 0.5), 0.05);
        else b.opt.apply(grads, 0.05, 0.5);
        return tf.keep(value);
      });
      expect(await report.data()).toEqual(await mine.data());
      tf.dispose([report, mine]);
    }
    expect(tf.memory().numTensors).toBe(before);
    expect(await a.params[0].variable.data()).toEqual(await b.params[0].variable.data());
    a.dispose();
    b.dispose();
  });

  it('hands back the loss itself when the objective reports it, valued before the update', async () => {
    const a = problem();
    const step = () => gradientStep(a.opt, vars(a), 0.05, () => {
      const loss = a.loss();
      return { loss, report: loss };
    });
    const first = step();
    const second = step();
    const [l1] = await first.data();
    const [l2] = await second.data();
    expect(l1).toBeCloseTo(11.418, 2);
    expect(l2).toBeLessThan(l1);
    tf.dispose([first, second]);
    a.dispose();
  });
});
