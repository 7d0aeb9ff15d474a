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
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { comparable, rowKeys } from '../../core/lm/liveTesting';
import { presetParams } from '../../core/params/presets';
import type { Tweak, TweakValue } from '../../core/params/tweaks';
import { drive, expectLiveField, expectTweaksReplay } from '../../core/runner/testing';
import { withoutThroughput } from '../../core/runner/throughput';
import { crystalExperiment } from './experiment';
import { crystalSchema, type CrystalParams } from './params';
import { crystalPresets } from './presets';
import { shownCrystal } from './shownCrystal';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(crystalSchema, crystalPresets, 'tiny');
const RUN = { tf, backend: 'wasm' as const, seed: 2 };
const exp = comparable(crystalExperiment.run);

/** The whole tiny run with these tweaks: its recording, steps/s taken out of its rows. */
async function wholeRun(tweaks: readonly Tweak[] = []) {
  const { recording, status } = await drive(crystalExperiment.run, TINY, { ...RUN, tweaks });
  expect(status.state).toBe('done');
  return { ...recording, rows: withoutThroughput(recording.rows) };
}

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
    const plain = await wholeRun();
    // The change after the run's first `after` rows, at the step of the last of them.
    const tweakAfter = (name: keyof CrystalParams & string, value: TweakValue, after: number): Tweak => ({ after, step: plain.rows[after - 1]?.step ?? 0, name, value });
    const tweaks = [
      tweakAfter('show', 3, 2),
      tweakAfter('minPeak', 0.5, 10),
      tweakAfter('from', 'CsCl', 10),
      tweakAfter('to', 'fcc', 10),
      tweakAfter('frames', 3, 10),
      tweakAfter('priorSamples', 1, 10),
    ];
    const tweaked = await wholeRun(tweaks);
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
    const again = await wholeRun(tweaked.tweaks);
    expect(again.rows).toEqual(tweaked.rows);
    expect(again.artifacts).toEqual(tweaked.artifacts);
    expect(again.tweaks).toEqual(tweaked.tweaks);
  });

  it('replaying the applied tweaks gives the tweaked rows exactly', () =>
    expectTweaksReplay(exp, TINY, [{ after: 1, step: 1, name: 'lr', value: 5e-3 }, { after: 5, step: 4, name: 'segLr', value: 3e-3 }], { ...RUN, rows: 7 }));
});
