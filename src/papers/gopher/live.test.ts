/**
 * The family run's live fields change a running run (issue 23): the learning
 * rate, its scaling across sizes, the warm-up and the clip from the next
 * training step; the eval batches, shots, probes and sample length at the next
 * model's evaluation. A replayed tweak list gives the tweaked run exactly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rowKeys, tinyOnWasm, tweakAfter, wholeRun, type WholeRun } from '../../core/runner/liveTesting';
import { expectTweaksReplay, itActsFromTheNextStep } from '../../core/runner/testing';
import { gopherExperiment, type GopherArtifacts, type GopherMetric } from './experiment';

const { TINY, RUN, exp: family } = await tinyOnWasm(gopherExperiment, 3);

type FamilyRun = WholeRun<GopherArtifacts, GopherMetric>;
const rowsOf = (run: FamilyRun) => rowKeys(run.rows);
// tiny: 4 models of 10 steps, each followed by its evaluation row (rows 11, 22, 33, 44).

describe('gopher live fields (tiny preset, WASM)', () => {
  itActsFromTheNextStep(family, TINY, [
    { name: 'lr', value: 3e-3, after: 3, rows: 6 },
    { name: 'lrScaling', value: 'table1', after: 12, rows: 24 }, // Table 1 lowers the peak from the third model on
    { name: 'warmup', value: 0, after: 3, rows: 6 },
    { name: 'clipNorm', value: 0.1, after: 3, rows: 6 },
    { name: 'evalBatches', value: 2, after: 3, rows: 11 },
  ], RUN);

  describe('evaluation knobs that act on the results', () => {
    let plain: FamilyRun;
    beforeAll(async () => {
      plain = await wholeRun(gopherExperiment.run, TINY, RUN);
    });
    const results = (r: FamilyRun) => r.artifacts.results ?? [];
    const samples = (r: FamilyRun) => r.artifacts.samples;

    it('shots: the models evaluated after the change are scored with few-shot prompts', async () => {
      const tweaked = await wholeRun(gopherExperiment.run, TINY, { ...RUN, tweaks: [tweakAfter(plain, 'shots', 2, 12)] });
      expect(rowsOf(tweaked)).toEqual(rowsOf(plain));
      expect(results(tweaked)[0].scores).toEqual(results(plain)[0].scores); // model 1 was scored at row 11
      expect(results(tweaked).slice(1).map((r) => r.scores)).not.toEqual(results(plain).slice(1).map((r) => r.scores));
      // The sample prompt stays the run's, so completions stay comparable across sizes.
      expect(samples(tweaked)?.prompt).toBe(samples(plain)?.prompt);
    });

    it('probes per family and sample length: read at each evaluation', async () => {
      const tweaked = await wholeRun(gopherExperiment.run, TINY, { ...RUN, tweaks: [tweakAfter(plain, 'probesPerFamily', 12, 3), tweakAfter(plain, 'sampleChars', 16, 3)] });
      expect(rowsOf(tweaked)).toEqual(rowsOf(plain));
      expect(results(tweaked).map((r) => r.scores)).not.toEqual(results(plain).map((r) => r.scores));
      const lengths = (r: FamilyRun) => (samples(r)?.completions ?? []).map((c) => c.text.length);
      expect(Math.max(...lengths(plain))).toBeLessThanOrEqual(TINY.sampleChars);
      expect(Math.max(...lengths(tweaked))).toBeGreaterThan(TINY.sampleChars);
    });
  });

  it('replaying the applied tweaks gives the tweaked run exactly', () =>
    expectTweaksReplay(gopherExperiment.run, TINY, [{ after: 5, step: 5, name: 'lr', value: 2e-2 }, { after: 12, step: 11, name: 'shots', value: 1 }], { ...RUN, artifacts: ['results'] }));
});
