import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { Rng } from '../../core/rng';
import { directedEdges, edgeIndex } from './edgeIndex';
import { edgeJaccard, VGraphModel } from './model';

const tf = await initNodeBackend('wasm');

// A triangle 0-1-2, D = 2, K = 2, with set parameters.
const PHI = [[1, 0], [0.5, 1], [0, -1]];
const PSI = [[1, -1], [0.5, 2]]; // [D, K]
const CTX = [[1, 0, -1], [0, 1, 0.5]]; // [D, N]
const BIAS = [0.1, 0, -0.1];
const EDGES: [number, number][] = [[0, 1], [1, 2], [0, 2]];

const softmax = (xs: number[]) => {
  const m = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
};
const dotPsi = (h: number[]) => [0, 1].map((k) => h[0] * PSI[0][k] + h[1] * PSI[1][k]);

/** The loss terms computed by hand, z = argmax q (no noise). */
function byHand(lambda: number, reg: 'code' | 'paper') {
  const { w, c } = directedEdges(EDGES);
  const q = w.map((u, e) => softmax(dotPsi([PHI[u][0] * PHI[c[e]][0], PHI[u][1] * PHI[c[e]][1]])));
  const prior = PHI.map((p) => softmax(dotPsi(p)));
  let recon = 0, kl = 0;
  w.forEach((u, e) => {
    const z = q[e][0] >= q[e][1] ? 0 : 1;
    const logits = [0, 1, 2].map((n) => PSI[0][z] * CTX[0][n] + PSI[1][z] * CTX[1][n] + BIAS[n]);
    recon -= Math.log(softmax(logits)[c[e]]) / w.length;
    kl += [0, 1].reduce((s, k) => s + q[e][k] * Math.log(q[e][k] / prior[u][k]), 0) / w.length;
  });
  let regTerm = 0;
  if (reg === 'code') {
    const r = [0, 1, 2].map((n) => [0, 1].map((k) => w.reduce((s, u, e) => s + (u === n ? q[e][k] : 0), 0)));
    w.forEach((u, e) => [0, 1].forEach((k) => (regTerm += (r[u][k] - r[c[e]][k]) ** 2 / (w.length * 2))));
  } else {
    // α = 1/3 for every triangle edge: one common neighbour of three in the union.
    w.forEach((u, e) => (regTerm += ((1 / 3) * [0, 1].reduce((s, k) => s + (prior[u][k] - prior[c[e]][k]) ** 2, 0)) / w.length));
  }
  return { recon, kl, reg: lambda * regTerm };
}

async function modelTerms(lambda: number, reg: 'code' | 'paper') {
  const model = new VGraphModel(3, 2, 2, new Rng(1));
  tf.tidy(() => {
    model.phi.variable.assign(tf.tensor2d(PHI));
    model.psi.variable.assign(tf.tensor2d(PSI));
    model.ctx.variable.assign(tf.tensor2d(CTX));
    model.bias.variable.assign(tf.tensor1d(BIAS));
  });
  const { w, c } = directedEdges(EDGES);
  const index = edgeIndex(3, w, c, 'onehot');
  const alpha = tf.tensor2d(edgeJaccard([[1, 2], [0, 2], [0, 1]], w, c), [6, 1]);
  const terms = tf.tidy(() => {
    const t = model.loss(index, null, 1, lambda, reg, alpha);
    return [t.recon, t.kl, t.reg, t.total];
  });
  const [recon, kl, r, total] = await Promise.all(terms.map((t) => t.data()));
  tf.dispose([...terms, alpha]);
  index.dispose();
  model.dispose();
  return { recon: recon[0], kl: kl[0], reg: r[0], total: total[0] };
}

describe('VGraphModel loss on a triangle', () => {
  it('matches the ELBO terms and the code regulariser computed by hand', async () => {
    const before = tf.memory().numTensors;
    const got = await modelTerms(0.5, 'code');
    const want = byHand(0.5, 'code');
    expect(got.recon).toBeCloseTo(want.recon, 5);
    expect(got.kl).toBeCloseTo(want.kl, 5);
    expect(got.reg).toBeCloseTo(want.reg, 5);
    expect(got.total).toBeCloseTo(want.recon + want.kl + want.reg, 5);
    expect(want.reg).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });
  it('matches the paper\'s Jaccard-weighted regulariser by hand, and λ = 0 gives none', async () => {
    const got = await modelTerms(2, 'paper');
    expect(got.reg).toBeCloseTo(byHand(2, 'paper').reg, 5);
    expect((await modelTerms(0, 'code')).reg).toBe(0);
  });
});

describe('edgeJaccard', () => {
  it('is |N(w) ∩ N(c)| / |N(w) ∪ N(c)| per directed edge', () => {
    // Path 0-1-2 plus 1-3: N(0)={1}, N(1)={0,2,3}, N(2)={1}.
    const adj = [[1], [0, 2, 3], [1], [1]];
    expect(Array.from(edgeJaccard(adj, [0, 0, 2], [2, 1, 3]))).toEqual([1, 0, 1]);
  });
});
