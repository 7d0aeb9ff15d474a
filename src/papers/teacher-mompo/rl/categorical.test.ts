import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../../core/backend/nodeBackend';
import { Rng } from '../../../core/rng';
import {
  categoricalEntropy, categoricalKl, categoricalLogProb, categoricalLogProbJs, gumbelNoise, logSoftmaxJs, sampleChoiceJs, sampleChoices,
} from './categorical';
import { ChoicePolicy, choiceForwardJs } from './choicePolicy';

const tf = await initNodeBackend('wasm');

const randomLogits = (rng: Rng, b: number, k: number, scale = 2) => Array.from({ length: b }, () => Array.from({ length: k }, () => scale * rng.normal()));

describe('teacher-selection head', () => {
  it('maps [B, O] observations to [B, K] logits, and its JS forward pass agrees', async () => {
    const head = new ChoicePolicy('choice', { obsSize: 5, choices: 3, hidden: [8, 8] }, new Rng(1));
    const obs = tf.tensor2d(randomLogits(new Rng(2), 4, 5)); // [B=4, O=5]
    const logits = head.apply(obs);
    expect(logits.shape).toEqual([4, 3]);
    const snap = await head.snapshot();
    const rows = logits.arraySync();
    const x = obs.arraySync();
    for (let b = 0; b < 4; b++) {
      const js = choiceForwardJs(snap, x[b]);
      for (let k = 0; k < 3; k++) expect(js[k]).toBeCloseTo(rows[b][k], 4);
    }
    // An untrained head is close to uniform.
    const h = categoricalEntropy(logits).arraySync();
    for (const e of h) expect(e).toBeGreaterThan(0.95 * Math.log(3));
    head.dispose();
  });

  it('log-probabilities [N, B] match a plain-JS reference', () => {
    const rng = new Rng(3);
    const [N, B, K] = [5, 4, 3];
    const logits = randomLogits(rng, B, K);
    const choice = Array.from({ length: N }, () => Array.from({ length: B }, () => rng.int(K)));
    const lp = categoricalLogProb(tf.tensor2d(logits), tf.tensor2d(choice, [N, B], 'int32'));
    expect(lp.shape).toEqual([N, B]);
    const got = lp.arraySync();
    for (let n = 0; n < N; n++) for (let b = 0; b < B; b++) {
      const ls = logSoftmaxJs(logits[b]);
      expect(got[n][b]).toBeCloseTo(ls[choice[n][b]], 5);
      expect(got[n][b]).toBeCloseTo(categoricalLogProbJs(logits[b], choice[n][b]), 5);
    }
    // Probabilities of all K choices sum to one.
    const all = categoricalLogProb(tf.tensor2d(logits), tf.tensor2d([[0, 0, 0, 0], [1, 1, 1, 1], [2, 2, 2, 2]], [3, B], 'int32'));
    for (const s of tf.sum(tf.exp(all), 0).arraySync() as number[]) expect(s).toBeCloseTo(1, 5);
  });

  it('KL is non-negative per state, zero for equal logits, and matches the JS sum', () => {
    const rng = new Rng(4);
    const p = randomLogits(rng, 6, 4);
    const q = randomLogits(rng, 6, 4);
    const kl = categoricalKl(tf.tensor2d(p), tf.tensor2d(q)).arraySync();
    expect(kl.length).toBe(6);
    for (let b = 0; b < 6; b++) {
      expect(kl[b]).toBeGreaterThanOrEqual(0);
      const lp = logSoftmaxJs(p[b]);
      const lq = logSoftmaxJs(q[b]);
      expect(kl[b]).toBeCloseTo(lp.reduce((s, l, k) => s + Math.exp(l) * (l - lq[k]), 0), 4);
    }
    // Equal distributions, even with shifted logits, have zero KL.
    const shifted = p.map((r) => r.map((x) => x + 3));
    for (const v of categoricalKl(tf.tensor2d(p), tf.tensor2d(shifted)).arraySync()) expect(Math.abs(v)).toBeLessThan(1e-5);
  });

  it('entropy is log K for uniform logits and smaller otherwise', () => {
    const h = categoricalEntropy(tf.tensor2d([[0, 0, 0, 0], [5, 0, 0, 0]])).arraySync();
    expect(h[0]).toBeCloseTo(Math.log(4), 5);
    expect(h[1]).toBeLessThan(h[0]);
  });

  it('Gumbel-max sampling from a seeded Rng follows softmax(logits) and repeats per seed', () => {
    const logits = tf.tensor2d([[0, Math.log(3)], [Math.log(4), 0]]); // [B=2, K=2]: p(1) = 0.75 and 0.2
    const N = 4000;
    const c1 = sampleChoices(logits, N, gumbelNoise(new Rng(5), N * 2 * 2));
    const c2 = sampleChoices(logits, N, gumbelNoise(new Rng(5), N * 2 * 2));
    expect(c1.shape).toEqual([N, 2]);
    expect(c1.arraySync()).toEqual(c2.arraySync());
    const freq = tf.mean(tf.cast(c1, 'float32'), 0).arraySync() as number[];
    expect(freq[0]).toBeCloseTo(0.75, 1);
    expect(freq[1]).toBeCloseTo(0.2, 1);
    const rng = new Rng(6);
    let ones = 0;
    for (let i = 0; i < N; i++) ones += sampleChoiceJs([0, Math.log(3)], rng);
    expect(ones / N).toBeCloseTo(0.75, 1);
  });
});
