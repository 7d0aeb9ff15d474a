import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../../core/runner/RunRecorder';
import { kTraces, retrofitTraces } from './evaluation';
import { bpcCurveTraces, trainLossTraces } from './training';

const rows: MetricRow[] = [
  { step: 1, values: { baseLoss: Math.LN2 * 3, retroLoss: Math.LN2 * 2.5 } },
  { step: 2, values: { baseLoss: Math.LN2 * 2, retroLoss: Math.LN2 * 1.5 } },
  { step: 2, values: { bpcBase: 2.2, bpcOff: 2.3, bpcOn: 1.9 } },
  { step: 3, values: { rfStep: 10, bpcRetrofit: 2.1 } },
];

describe('retro plots', () => {
  it('reads the bpc curves and the training loss (in bits) from their own rows', () => {
    const bpc = bpcCurveTraces(rows);
    expect(bpc.map((t) => ('y' in t ? t.y : []))).toEqual([[2.2], [2.3], [1.9]]);
    expect(bpc.map((t) => ('x' in t ? t.x : []))).toEqual([[2], [2], [2]]);
    const loss = trainLossTraces(rows);
    expect('y' in loss[0] ? loss[0].y : []).toEqual([3, 2]);
    expect('y' in loss[1] ? loss[1].y : []).toEqual([2.5, 1.5]);
  });

  it('marks the chosen k and draws the RETRO-fit references once there is a final evaluation', () => {
    expect(kTraces([{ k: 1, bpcOn: 2 }, { k: 2, bpcOn: 1.9 }], 2)).toHaveLength(2);
    expect(kTraces([{ k: 1, bpcOn: 2 }], 3)).toHaveLength(1);
    expect(retrofitTraces(rows, null)).toHaveLength(1);
    expect(retrofitTraces(rows, { bpcBase: 2.2, bpcOff: 2.3, bpcOn: 1.9, k: 2, windows: 8, tokens: 512 })).toHaveLength(3);
  });
});
