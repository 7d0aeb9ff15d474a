/**
 * The sweep's live fields change a running sweep from the next step (issue 23):
 * the peak learning rate and warm-up from the next training step, the eval
 * batches at the next run's closing evaluation, the Approach-3 grid and the
 * bootstrap at the closing analysis. A replayed tweak list gives the tweaked
 * run exactly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rowKeys, tinyOnWasm, tweakAfter, wholeRun, type WholeRun } from '../../core/runner/liveTesting';
import { expectLiveField, expectTweaksReplay } from '../../core/runner/testing';
import { chinchillaExperiment, type ChinchillaArtifacts, type ChinchillaMetric } from './experiment';

const { TINY, RUN, exp: sweep } = await tinyOnWasm(chinchillaExperiment, 3);

type SweepRun = WholeRun<ChinchillaArtifacts, ChinchillaMetric>;
const rowsOf = (run: SweepRun) => rowKeys(run.rows);

describe('chinchilla live fields (tiny preset, WASM)', () => {
  it('the peak learning rate changes the next step', async () => {
    await expectLiveField(sweep, TINY, { name: 'lr', value: 3e-3, after: 10, step: 10 }, { ...RUN, rows: 14 });
  });

  it('the warm-up changes the schedule from the next step', async () => {
    await expectLiveField(sweep, TINY, { name: 'warmup', value: 0, after: 10 }, { ...RUN, rows: 30 });
  });

  describe('evaluation knobs, read after training', () => {
    let plain: SweepRun;
    beforeAll(async () => {
      plain = await wholeRun(chinchillaExperiment.run, TINY, RUN);
    });
    const finalLosses = (r: SweepRun) => (r.artifacts.runs ?? []).map((x) => x.finalLoss);

    it('eval batches: the runs that finish after the change score more windows', async () => {
      const tweaked = await wholeRun(chinchillaExperiment.run, TINY, { ...RUN, tweaks: [tweakAfter(plain, 'evalBatches', 2, 20)] });
      expect(rowsOf(tweaked)).toEqual(rowsOf(plain));
      const [before, after] = [finalLosses(plain), finalLosses(tweaked)];
      const firstChanged = before.findIndex((l, i) => l !== after[i]);
      expect(firstChanged).toBeGreaterThan(0); // run 0 (rows 1-6) was scored before the change
      expect(after.slice(firstChanged).every((l, i) => l !== before[firstChanged + i])).toBe(true);
    });

    it('bootstrap resamples: read at the closing analysis', async () => {
      const tweaked = await wholeRun(chinchillaExperiment.run, TINY, { ...RUN, tweaks: [tweakAfter(plain, 'resamples', 0, 40)] });
      expect(rowsOf(tweaked)).toEqual(rowsOf(plain));
      expect(plain.artifacts.analysis?.approach1.intervals).not.toBeNull();
      expect(tweaked.artifacts.analysis?.approach1.intervals).toBeNull();
    });

    it('the Approach-3 start grid: read at the closing analysis, even when changed after the last step', async () => {
      const tweaked = await wholeRun(chinchillaExperiment.run, TINY, { ...RUN, tweaks: [tweakAfter(plain, 'grid', 'paper', plain.rows.length)] });
      expect(tweaked.tweaks).toHaveLength(1);
      expect(rowsOf(tweaked)).toEqual(rowsOf(plain));
      expect(tweaked.artifacts.analysis?.approach3.result).not.toEqual(plain.artifacts.analysis?.approach3.result);
    });
  });

  it('replaying the applied tweaks gives the tweaked rows exactly', () =>
    expectTweaksReplay(sweep, TINY, [{ after: 8, step: 8, name: 'lr', value: 2e-2 }, { after: 15, step: 15, name: 'warmup', value: 0 }], { ...RUN, rows: 30 }));
});
