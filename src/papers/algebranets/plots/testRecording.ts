/**
 * A small hand-made AlgebraNets recording for the chart tests: ℝ and M₂(ℝ) on
 * digits, two steps, evaluated after the second.
 */
import type { AlgebraArtifacts, AlgebraRecording, RunResult, RunSpec } from '../experiment';

export const spec = (key: RunSpec['key'], algebra: RunSpec['algebra'], sparsity = 0): RunSpec => ({ key, task: 'digits', algebra, name: key, sparsity, widths: [4], params: 100, multiplies: 200 });

export const result = (s: RunSpec, accuracy: number, more: Partial<RunResult> = {}): RunResult => ({ ...s, step: 2, accuracy, loss: 1, bpc: 1 / Math.LN2, nonzeroParams: 100 * (1 - s.sparsity), stepsPerSec: 3, ...more });

export function testRecording(artifacts: Partial<AlgebraArtifacts> = { runs: [spec('R', 'R'), spec('M2R', 'M2R')] }): AlgebraRecording {
  return {
    rows: [
      { step: 1, values: { 'loss:R': 2, 'loss:M2R': 3, 'stepsPerSec:R': 10, 'stepsPerSec:M2R': 5, lr: 0.01 } },
      { step: 2, values: { 'loss:R': 1, 'loss:M2R': 1, 'stepsPerSec:R': 10, 'stepsPerSec:M2R': 5, lr: 0.01 } },
      { step: 2, values: { 'acc:R': 0.5, 'evalLoss:R': 1.386 } },
    ],
    tweaks: [],
    progress: null,
    artifacts,
  };
}
