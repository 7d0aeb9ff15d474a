import { describe, expect, it } from 'vitest';
import type { RunResult, RunSpec } from './experiment';
import { scoreVsSparsity, speedBars, trainingFigures, type Row } from './plots';

const spec = (key: string, algebra: RunSpec['algebra'], sparsity = 0): RunSpec => ({ key, task: 'digits', algebra, name: key, sparsity, widths: [4], params: 100, multiplies: 200 });
const rows: Row[] = [
  { step: 1, values: { 'loss:R': 2, 'loss:M2R': 3 } },
  { step: 2, values: { 'loss:R': 1, 'loss:M2R': 1 } },
  { step: 2, values: { 'acc:R': 0.5, 'evalLoss:R': 1.386 } },
];

describe('AlgebraNets plots', () => {
  it('draws a smoothed loss and a held-out score per net', () => {
    const specs = [spec('R', 'R'), spec('M2R', 'M2R')];
    const digits = trainingFigures(rows, specs, 'digits');
    expect(digits.loss.map((t) => t.name)).toEqual(['R', 'M2R']);
    expect(digits.loss[0]).toMatchObject({ x: [1, 2] });
    expect((digits.loss[0] as { y: number[] }).y[1]).toBeCloseTo(0.9 * 2 + 0.1 * 1);
    expect(digits.score[0]).toMatchObject({ x: [2], y: [50] });
    expect(digits.score[1]).toMatchObject({ x: [], y: [] });
    const chars = trainingFigures(rows, specs, 'chars');
    expect((chars.score[0] as { y: number[] }).y[0]).toBeCloseTo(2, 3);
  });

  it('draws sparsity curves only for pruned runs, and a speed bar per net', () => {
    const result = (s: RunSpec, accuracy: number): RunResult => ({ ...s, step: 10, accuracy, loss: 1, bpc: 1, nonzeroParams: 50, stepsPerSec: 3 });
    expect(scoreVsSparsity([result(spec('R', 'R'), 0.5)])).toEqual([]);
    const curves = scoreVsSparsity([result(spec('R@50%', 'R', 0.5), 0.4), result(spec('R', 'R'), 0.5)]);
    expect(curves[0]).toMatchObject({ x: [0, 50], y: [50, 40] });
    expect(speedBars([])).toEqual([]);
    expect(speedBars([result(spec('R', 'R'), 0.5)])[0]).toMatchObject({ x: ['R'], y: [3] });
  });
});
