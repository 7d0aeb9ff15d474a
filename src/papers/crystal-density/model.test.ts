import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { Rng } from '../../core/rng';
import { presetParams } from '../../core/params/presets';
import { drive, expectCleanRun } from '../../core/runner/testing';
import { crystalExperiment, scheduledLr } from './experiment';
import { crystalSchema } from './params';
import { crystalPresets } from './presets';
import { klDivergence } from './vae';
import { knnAccuracy, pca2 } from './latentTools';

beforeAll(async () => {
  await initNodeBackend('wasm');
});

describe('VAE KL term', () => {
  it('matches a hand-computed case', async () => {
    // Row 1: μ = (1, 0), log σ² = (0, ln 4): ½[(1 + 1 − 1 − 0) + (0 + 4 − 1 − ln 4)] = ½(4 − ln 4).
    // Row 2: μ = 0, σ = 1: zero.
    const kl = klDivergence(tf.tensor2d([[1, 0], [0, 0]]), tf.tensor2d([[0, Math.log(4)], [0, 0]]));
    const v = await kl.data();
    kl.dispose();
    expect(v[0]).toBeCloseTo(0.5 * (4 - Math.log(4)), 5);
    expect(v[1]).toBeCloseTo(0, 6);
  });
});

describe('learning-rate schedule', () => {
  it('starts at the learning rate, halves midway and ends near 0 with decay; stays flat without', () => {
    expect(scheduledLr(0.01, 1, 100, true)).toBeCloseTo(0.01, 10);
    expect(scheduledLr(0.01, 51, 100, true)).toBeCloseTo(0.005, 10);
    expect(scheduledLr(0.01, 100, 100, true)).toBeLessThan(1e-5);
    expect(scheduledLr(0.01, 100, 100, false)).toBe(0.01);
  });
});

describe('latent tools', () => {
  it('PCA finds the direction of largest spread, and k-NN classifies separated clusters', () => {
    const rng = new Rng(2);
    const X = Array.from({ length: 40 }, (_, i) => [i % 2 ? 5 + rng.normal(0, 0.1) : -5 + rng.normal(0, 0.1), rng.normal(0, 0.1), 0]);
    const { x } = pca2(X);
    X.forEach((r, i) => expect(Math.sign(x[i])).toBe(Math.sign(x[0]) * Math.sign(r[0]) * Math.sign(X[0][0])));
    const y = X.map((_, i) => i % 2);
    expect(knnAccuracy(X.slice(0, 30), y.slice(0, 30), X.slice(30), y.slice(30), 3)).toBe(1);
  });
});

describe('crystal experiment', () => {
  it('runs the tiny preset to the end with every artifact and no leaked tensors', async () => {
    const p = presetParams(crystalSchema, crystalPresets, 'tiny');
    const run = await drive(crystalExperiment.run, p, { tf, backend: 'wasm', seed: 1 });
    // The U-Net starts a segment: each network's steps hold their tensor count.
    expectCleanRun(run);
    const { recording } = run;
    const a = recording.artifacts;
    for (const name of ['dataset', 'view', 'recon', 'seg', 'latent', 'interp', 'prior', 'results', 'weights'] as const) expect(a[name], name).toBeDefined();
    expect(a.results?.minValue).toBeGreaterThanOrEqual(0);
    expect(a.interp?.frames.length).toBe(p.frames);
    expect(a.results?.prior?.count).toBe(p.priorSamples);
    expect(a.results?.prior?.maxResidual).toBeGreaterThan(0);
  }, 120_000);
});
