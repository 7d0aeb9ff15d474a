/**
 * RETRO's live fields change a running run (issue 23): learning rate, warm-up
 * and the CCA bias multiplier at the next step, the curves' cadence and windows
 * at the next curve point, and k at evaluation, the k sweep and the database
 * sweep after training (and at the RETRO-fit's closing numbers). A replayed
 * tweak list gives the tweaked run exactly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rowKeys, tinyOnWasm, tweakAfter, wholeRun, type WholeRun } from '../../core/runner/liveTesting';
import { expectTweaksReplay, itActsFromTheNextStep } from '../../core/runner/testing';
import { retroExperiment, type RetroArtifacts, type RetroMetric } from './experiment';

const { TINY, RUN, exp: retro } = await tinyOnWasm(retroExperiment, 3);
type RetroRun = WholeRun<RetroArtifacts, RetroMetric>;

/** A finished run's artifact, which every whole tiny run has. */
function need<T>(v: T | undefined, name: string): T {
  if (v === undefined) throw new Error(`the run has no ${name} artifact`);
  return v;
}
// tiny: 8 joint training steps (rows 1-8, curve points at 4 and 8), the evaluations and sweeps, then 2 RETRO-fit steps (rows 9-10).

describe('retro live fields (tiny preset, WASM)', () => {
  itActsFromTheNextStep(retro, TINY, [
    { name: 'lr', value: 1e-2, after: 2, rows: 4 },
    { name: 'warmup', value: 0, after: 1, rows: 3 },
    { name: 'biasLr', value: 100, after: 2, rows: 5 },
    { name: 'evalEvery', value: 1, after: 1, rows: 3 },
    { name: 'evalWindows', value: 16, after: 1, rows: 4 },
  ], RUN);

  describe('evaluation knobs, read after training', () => {
    let plain: RetroRun;
    beforeAll(async () => {
      plain = await wholeRun(retroExperiment.run, TINY, RUN);
    });
    const final = (r: RetroRun) => need(r.artifacts.final, 'final');
    const kSweep = (r: RetroRun) => need(r.artifacts.kSweep, 'kSweep');
    const retrofit = (r: RetroRun) => need(r.artifacts.retrofit, 'retrofit');

    it('k at evaluation: the final numbers and sweeps use the value at the end of training', async () => {
      const tweaked = await wholeRun(retroExperiment.run, TINY, { ...RUN, tweaks: [tweakAfter(plain, 'evalK', 1, 3)] });
      expect(rowKeys(tweaked.rows)).toEqual(rowKeys(plain.rows));
      expect(final(plain).k).toBe(2);
      expect(final(tweaked).k).toBe(1);
      // RETRO [On] with k = 1 is what the plain run's k sweep measured at k = 1.
      expect(final(tweaked).bpcOn).toBe(kSweep(plain)[0].bpcOn);
      expect(final(tweaked).bpcOn).not.toBe(final(plain).bpcOn);
      expect(final(tweaked).bpcBase).toBe(final(plain).bpcBase);
    });

    it('k at evaluation changed during the RETRO-fit: its closing numbers and the scratch RETRO they compare with use it', async () => {
      const tweaked = await wholeRun(retroExperiment.run, TINY, { ...RUN, tweaks: [tweakAfter(plain, 'evalK', 1, 9)] });
      expect(final(tweaked)).toEqual(final(plain));
      expect(retrofit(tweaked).bpcScratch).toBe(kSweep(plain)[0].bpcOn);
      expect(retrofit(tweaked).bpcBase).toBe(final(plain).bpcBase);
      expect(retrofit(tweaked).bpcOn).not.toBe(retrofit(plain).bpcOn);
    });

    it('the k sweep and the database sweep take their live ranges', async () => {
      const tweaked = await wholeRun(retroExperiment.run, TINY, { ...RUN, tweaks: [tweakAfter(plain, 'kSweepMax', 3, 3), tweakAfter(plain, 'dbMinFraction', 0.2, 3)] });
      expect(rowKeys(tweaked.rows)).toEqual(rowKeys(plain.rows));
      expect(kSweep(plain).map((p) => p.k)).toEqual([1, 2]);
      expect(kSweep(tweaked).map((p) => p.k)).toEqual([1, 2, 3]);
      const smallest = (r: RetroRun) => r.artifacts.dbSweep?.[0].fraction;
      expect(smallest(plain)).toBeCloseTo(TINY.dbMinFraction, 2);
      expect(smallest(tweaked)).toBeCloseTo(0.2, 2);
    });
  });

  it('replaying the applied tweaks gives the tweaked run exactly', () =>
    expectTweaksReplay(retroExperiment.run, TINY, [{ after: 2, step: 2, name: 'lr', value: 1e-2 }, { after: 5, step: 5, name: 'evalK', value: 1 }], { ...RUN, artifacts: ['final', 'retrofit'] }));
});
