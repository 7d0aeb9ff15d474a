/**
 * vGraph's live fields change a running run from its next epoch (issue 23):
 * the learning rate and its decay, λ, the temperature schedule (initial τ,
 * least τ, anneal rate and interval) and the evaluation cadence. Replaying the applied
 * tweaks gives the tweaked run exactly. Rows are compared without edges/s.
 */
import { describe, expect, it } from 'vitest';
import { tinyOnWasm } from '../../core/runner/liveTesting';
import { expectLiveField, expectTweaksReplay, firstRows } from '../../core/runner/testing';
import { vgraphExperiment } from './experiment';
import type { VGraphParams } from './params';

// The tiny preset: the karate club, K = 2, D = 16, 40 epochs evaluated every 10 (rows: epochs 1-10, scores at 10, ...).
const { TINY, RUN, exp } = await tinyOnWasm(vgraphExperiment, 7);
// Past epoch 100, where the temperature anneals and the learning rate decays; scored only at the end.
const LONG: VGraphParams = { ...TINY, dim: 4, epochs: 102, evalEvery: 1000 };

const effect = (params: VGraphParams, name: keyof VGraphParams & string, value: number, after: number, rows: number) =>
  expectLiveField(exp, params, { name, value, after, step: after }, { ...RUN, rows });

describe('vGraph live fields (tiny preset, WASM)', () => {
  it('the learning rate changes the next epoch', () => effect(TINY, 'lr', 0.01, 2, 4));
  it('λ changes the next epoch', () => effect(TINY, 'lambda', 1, 2, 4));
  it('the initial temperature: τ as if the run had started from it', async () => {
    await effect(TINY, 'tau0', 2, 2, 4);
    const { rows } = await firstRows(exp, TINY, { ...RUN, rows: 4, tweaks: [{ after: 2, step: 2, name: 'tau0', value: 2 }] });
    expect(rows.map((r) => r.values.tau)).toEqual([1, 1, 2, 2]);
  });

  it('the anneal interval: τ anneals at the next multiple of the new interval', async () => {
    await effect(TINY, 'annealEvery', 5, 2, 6);
    const { rows } = await firstRows(exp, { ...TINY, evalEvery: 1000 }, { ...RUN, rows: 6, tweaks: [{ after: 2, step: 2, name: 'annealEvery', value: 5 }] });
    expect(rows.map((r) => r.values.tau)).toEqual([1, 1, 1, 1, 1, Math.exp(-3e-5 * 5)]);
  });

  it('the evaluation cadence: scores right after the epoch it changed at', async () => {
    await effect(TINY, 'evalEvery', 3, 3, 5);
    const { rows } = await firstRows(exp, TINY, { ...RUN, rows: 5, tweaks: [{ after: 3, step: 3, name: 'evalEvery', value: 3 }] });
    expect(rows.map((r) => r.step)).toEqual([1, 2, 3, 3, 4]);
    expect(rows[3].values.modularity).toBeDefined();
  });

  it('the decay, the anneal rate and the least τ act from epoch 100', async () => {
    await effect(LONG, 'lrDecay', 0.5, 3, 102);
    await effect(LONG, 'anneal', 1e-2, 3, 102);
    await effect(LONG, 'tauMin', 0.999, 3, 102);
  });

  it('replaying the applied tweaks gives the tweaked rows exactly', () =>
    expectTweaksReplay(exp, TINY, [{ after: 2, step: 2, name: 'lambda', value: 0.5 }, { after: 4, step: 4, name: 'lr', value: 0.03 }], { ...RUN, rows: 12 }));
});
