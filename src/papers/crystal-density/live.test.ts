/**
 * crystal-density's live fields change a running run from its next step
 * (issue 23): the VAE's β, learning rate and cosine decay and the U-Net's
 * learning rate and atom-voxel weight at each training step, the evaluation
 * cadence, the k of the k-NN probe at the closing analysis; and, in what the
 * run draws rather than in its rows, the peak threshold, the interpolation
 * ends and frames, the prior samples and the shown crystal. Replaying the
 * applied tweaks gives the tweaked run exactly. Rows are compared without
 * steps/s (a machine metric).
 *
 * Tiny preset rows: VAE steps 1-4, its evaluation at 4, U-Net steps 5-8, its
 * evaluation at 8, the closing analysis at 9 (11 rows).
 */
import { describe, expect, it } from 'vitest';
import type { Tweak, TweakValue } from '../../core/params/tweaks';
import { rowKeys, tinyOnWasm, tweakAfter, wholeRun } from '../../core/runner/liveTesting';
import { expectLiveField, expectTweaksReplay } from '../../core/runner/testing';
import { crystalExperiment } from './experiment';
import type { CrystalParams } from './params';
import { shownCrystal } from './shownCrystal';

const { TINY, RUN, exp } = await tinyOnWasm(crystalExperiment, 2);

/** The whole tiny run with these tweaks. */
const tinyRun = (tweaks: readonly Tweak[] = []) => wholeRun(crystalExperiment.run, TINY, { ...RUN, tweaks });

const effect = (name: keyof CrystalParams & string, value: TweakValue, after: number, rows: number) =>
  expectLiveField(exp, TINY, { name, value, after }, { ...RUN, rows });

describe('crystal-density live fields (tiny preset, WASM)', () => {
  // A step reports its loss before its update: a learning rate shows in the row after the next.
  it('the VAE learning rate, β and cosine decay change the next VAE step', async () => {
    await effect('lr', 3e-3, 1, 3);
    await effect('beta', 0.5, 1, 2);
    await effect('decay', false, 1, 3);
  });

  it('the U-Net learning rate and atom-voxel weight change the next U-Net step', async () => {
    await effect('fgWeight', 5, 5, 6);
    await effect('segLr', 1e-3, 6, 8);
  });

  it('the evaluation cadence: a VAE evaluation after step 2 instead of 4', async () => {
    await effect('evalEvery', 2, 1, 3);
  });

  it('the k of the k-NN probe at the closing analysis', async () => {
    await effect('knn', 9, 10, 11);
  });

  it('the shown crystal, peak threshold, interpolation and prior samples change what the run draws, not its rows', async () => {
    const plain = await tinyRun();
    const tweaks = [
      tweakAfter(plain, 'show', 3, 2),
      tweakAfter(plain, 'minPeak', 0.5, 10),
      tweakAfter(plain, 'from', 'CsCl', 10),
      tweakAfter(plain, 'to', 'fcc', 10),
      tweakAfter(plain, 'frames', 3, 10),
      tweakAfter(plain, 'priorSamples', 1, 10),
    ];
    const tweaked = await tinyRun(tweaks);
    expect(tweaked.tweaks).toEqual(tweaks);
    expect(rowKeys(tweaked.rows)).toEqual(rowKeys(plain.rows));
    const a = plain.artifacts, b = tweaked.artifacts;
    // show: the new crystal's view, and its reconstruction from then on.
    const view3 = shownCrystal({ ...TINY, show: 3 }, RUN.seed);
    expect(b.view).toEqual(view3);
    expect(a.view).not.toEqual(view3);
    expect(b.recon?.input.density).toEqual(view3.density);
    // from, to, frames: the interpolation's ends and length.
    const ia = a.interp, ib = b.interp;
    expect(ib?.frames.length).toBe(3);
    expect([ib?.from, ib?.to]).not.toEqual([ia?.from, ia?.to]);
    // priorSamples and minPeak: one sample from the prior, with fewer atoms at the higher threshold.
    const pa = a.prior ?? [], pb = b.prior ?? [];
    expect(pb.length).toBe(1);
    expect(pb[0].density).toEqual(pa[0].density);
    expect(pb[0].atoms.length).toBeLessThan(pa[0].atoms.length);

    // Replayed, the tweaks give the same rows and the same drawings.
    const again = await tinyRun(tweaked.tweaks);
    expect(again.rows).toEqual(tweaked.rows);
    expect(again.artifacts).toEqual(tweaked.artifacts);
    expect(again.tweaks).toEqual(tweaked.tweaks);
  });

  it('replaying the applied tweaks gives the tweaked rows exactly', () =>
    expectTweaksReplay(exp, TINY, [{ after: 1, step: 1, name: 'lr', value: 5e-3 }, { after: 5, step: 4, name: 'segLr', value: 3e-3 }], { ...RUN, rows: 7 }));
});
