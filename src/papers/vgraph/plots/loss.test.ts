import { describe, expect, it } from 'vitest';
import type { Data } from 'plotly.js-dist-min';
import { lossFigure } from './loss';
import { testRecording } from './testRecording';

const xy = (d: Data) => ({ x: 'x' in d ? d.x : undefined, y: 'y' in d ? d.y : undefined });

describe('lossFigure', () => {
  it('one point per epoch for the ELBO and each term (not the score rows), KL and smoothness on the right axis', () => {
    const { data, layout } = lossFigure(testRecording());
    expect(data.map(xy)).toEqual([{ x: [1, 2], y: [-3, -2] }, { x: [1, 2], y: [2.5, 1.8] }, { x: [1, 2], y: [0.5, 0.2] }, { x: [1, 2], y: [0.01, 0.02] }]);
    expect(data.filter((d) => 'yaxis' in d && d.yaxis === 'y2').map((d) => d.name)).toEqual(['KL(q ‖ p(z|w))', 'λ · smoothness']);
    expect(layout?.yaxis2?.title).toEqual({ text: 'KL, λ·smoothness (nats per edge)' });
    expect(layout?.annotations).toBeUndefined();
  });

  it('says what fills it before a run', () => {
    const { data, layout } = lossFigure({ rows: [] });
    expect(data.every((d) => xy(d).x?.length === 0)).toBe(true);
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
