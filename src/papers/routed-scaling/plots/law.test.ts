import { describe, expect, it } from 'vitest';
import { effectiveParams, lawLoss, TABLE3 } from '../law';
import { effectiveSizeFigure } from './effectiveSize';
import { lawVsExpertsFigure } from './lawVsExperts';
import { lawVsSizeFigure, SHOWN_E } from './lawVsSize';
import { xy } from './testRecording';

describe('the law charts (Table 3)', () => {
  it('loss vs dense size: one line per shown E for the chosen router', () => {
    const { data, layout } = lawVsSizeFigure('hash');
    expect(data.map((d) => d.name)).toEqual(SHOWN_E.map((E) => `Hash, E = ${E}`));
    const { x, y } = xy(data[0]);
    expect(Array.isArray(x) && Array.isArray(y) && y[0]).toBeCloseTo(lawLoss(TABLE3.hash, 1e6, 1), 12);
    expect(layout?.title).toEqual({ text: 'Hash: loss vs dense size' });
  });

  it('loss vs experts at the calculator\'s N: one line per router', () => {
    const { data, layout } = lawVsExpertsFigure(5e6);
    expect(data.map((d) => d.name)).toEqual(['S-BASE', 'RL-R', 'Hash']);
    expect(layout?.title).toEqual({ text: 'Loss vs experts at N = 5M' });
  });

  it('effective size: a line per router and the calculator\'s point on its router\'s line', () => {
    const { data } = effectiveSizeFigure('sbase', 5e6, 128);
    expect(data).toHaveLength(4);
    expect(xy(data[3])).toEqual({ x: [128], y: [effectiveParams(TABLE3.sbase, 5e6, 128)] });
  });
});
