/**
 * The sweep's live fields change a running sweep from the next step (issue 23):
 * the peak learning rate and warm-up from the next training step, the eval
 * batches at the next run's closing evaluation, the Approach-3 grid and the
 * bootstrap at the closing analysis. A replayed tweak list gives the tweaked
 * run exactly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { comparable, rowKeys } from '../../core/lm/liveTesting';
import { presetParams } from '../../core/params/presets';
import type { Tweak } from '../../core/params/tweaks';
import type { FinishedRun } from '../../core/runner/runToEnd';
import { drive, expectLiveField, expectTweaksReplay } from '../../core/runner/testing';
import { withoutThroughput } from '../../core/runner/throughput';
import { chinchillaExperiment, type ChinchillaArtifacts, type ChinchillaMetric } from './experiment';
import { chinchillaSchema } from './params';
import { chinchillaPresets } from './presets';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(chinchillaSchema, chinchillaPresets, 'tiny');
const RUN = { tf, backend: 'wasm' as const, seed: 3 };
const sweep = comparable(chinchillaExperiment.run);

type SweepRun = FinishedRun<ChinchillaArtifacts, ChinchillaMetric>;
/** Sets `name` to `value` after the run's first `after` rows, at the step that row reported. */
const tweakAfter = (run: SweepRun, name: string, value: Tweak['value'], after: number): Tweak => ({ after, step: run.recording.rows[after - 1]?.step ?? 0, name, value });
const rowsOf = (run: SweepRun) => rowKeys(withoutThroughput(run.recording.rows));

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
      plain = await drive(chinchillaExperiment.run, TINY, RUN);
    });
    const finalLosses = (r: SweepRun) => (r.recording.artifacts.runs ?? []).map((x) => x.finalLoss);

    it('eval batches: the runs that finish after the change score more windows', async () => {
      const tweaked = await drive(chinchillaExperiment.run, TINY, { ...RUN, tweaks: [tweakAfter(plain, 'evalBatches', 2, 20)] });
      expect(rowsOf(tweaked)).toEqual(rowsOf(plain));
      const [before, after] = [finalLosses(plain), finalLosses(tweaked)];
      const firstChanged = before.findIndex((l, i) => l !== after[i]);
      expect(firstChanged).toBeGreaterThan(0); // run 0 (rows 1-6) was scored before the change
      expect(after.slice(firstChanged).every((l, i) => l !== before[firstChanged + i])).toBe(true);
    });

    it('bootstrap resamples: read at the closing analysis', async () => {
      const tweaked = await drive(chinchillaExperiment.run, TINY, { ...RUN, tweaks: [tweakAfter(plain, 'resamples', 0, 40)] });
      expect(rowsOf(tweaked)).toEqual(rowsOf(plain));
      expect(plain.recording.artifacts.analysis?.approach1.intervals).not.toBeNull();
      expect(tweaked.recording.artifacts.analysis?.approach1.intervals).toBeNull();
    });

    it('the Approach-3 start grid: read at the closing analysis, even when changed after the last step', async () => {
      const tweaked = await drive(chinchillaExperiment.run, TINY, { ...RUN, tweaks: [tweakAfter(plain, 'grid', 'paper', plain.recording.rows.length)] });
      expect(tweaked.recording.tweaks).toHaveLength(1);
      expect(rowsOf(tweaked)).toEqual(rowsOf(plain));
      expect(tweaked.recording.artifacts.analysis?.approach3.result).not.toEqual(plain.recording.artifacts.analysis?.approach3.result);
    });
  });

  it('replaying the applied tweaks gives the tweaked rows exactly', () =>
    expectTweaksReplay(sweep, TINY, [{ after: 8, step: 8, name: 'lr', value: 2e-2 }, { after: 15, step: 15, name: 'warmup', value: 0 }], { ...RUN, rows: 30 }));
});
