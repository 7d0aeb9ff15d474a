/**
 * A small hand-made Chinchilla recording for the chart tests: the tiny
 * preset's plan, two budgets of three runs whose final losses follow a known
 * law (so every approach has an estimate), a few training rows, and the
 * analysis of those runs.
 */
import { presetParams } from '../../../core/params/presets';
import { Rng } from '../../../core/rng';
import { analyseSweep } from '../analysis';
import type { ChinchillaArtifacts, ChinchillaRecording, SweepRunRecord } from '../experiment';
import { computeOptimal, predictLoss, type LossLaw } from '../fit';
import { chinchillaSchema } from '../params';
import { chinchillaPresets } from '../presets';
import { planSweep } from '../sweepPlan';

export const TEST_LAW: LossLaw = { E: 1, A: 50, B: 80, alpha: 0.4, beta: 0.38 };

/** Runs at budgets 1e9, 4e9 and 1.6e10 (budget index 0, 1, 2), three sizes around the law's optimum, each with a two-point curve. */
export function testRuns(): SweepRunRecord[] {
  const runs: SweepRunRecord[] = [];
  [1e9, 4e9, 1.6e10].forEach((C, budget) => {
    for (let k = -1; k <= 1; k++) {
      const N = computeOptimal(C, TEST_LAW).N * 2 ** k, D = C / (6 * N);
      const finalLoss = predictLoss(N, D, TEST_LAW);
      const curve = [{ tokens: D / 2, flops: C / 2, loss: finalLoss + 0.5 }, { tokens: D, flops: C, loss: finalLoss }];
      runs.push({ N, C, D, finalLoss, curve, index: runs.length, budget, rung: k + 1, dModel: 8, nLayers: 1, nHeads: 1, steps: 10, epochs: 0.1, clamped: false });
    }
  });
  return runs;
}

export function testRecording(artifacts: Partial<ChinchillaArtifacts> = {}): ChinchillaRecording {
  return {
    rows: [
      { step: 1, values: { loss: 3.9, lr: 1e-3, run: 0, N: 800, tokens: 256, tokensPerSec: 1000, modelFlopsPerSec: 5e6 } },
      { step: 2, values: { loss: 3.5, lr: 1e-2, run: 0, N: 800, tokens: 512, tokensPerSec: 1000, modelFlopsPerSec: 5e6 } },
      { step: 3, values: { loss: 3.8, lr: 1e-3, run: 1, N: 1200, tokens: 256, tokensPerSec: 1000, modelFlopsPerSec: 5e6 } },
    ],
    tweaks: [],
    progress: null,
    artifacts,
  };
}

/** Every artifact of a finished sweep: the tiny plan, testRuns and their analysis. */
export function finishedArtifacts(): ChinchillaArtifacts {
  const runs = testRuns();
  return {
    plan: planSweep(presetParams(chinchillaSchema, chinchillaPresets, 'tiny')),
    runs,
    analysis: analyseSweep(runs, { rng: new Rng(1), grid: 'coarse', resamples: 0 }),
  };
}
