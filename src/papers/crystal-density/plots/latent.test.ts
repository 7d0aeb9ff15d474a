import { describe, expect, it } from 'vitest';
import { latentFigure } from './latent';
import { testRecording } from './testRecording';

describe('latentFigure', () => {
  it('draws one trace per prototype, held-out crystals as diamonds', () => {
    const latent = { x: [0, 1, 2], y: [3, 4, 5], proto: [0, 1, 0], heldOut: [false, true, true], names: ['fcc', 'bcc'], formulas: ['Cu', 'Fe', 'Al'] };
    const { data, layout } = latentFigure(testRecording({ latent }));
    expect(data.map((d) => d.name)).toEqual(['fcc', 'bcc']);
    expect(data[0]).toMatchObject({ x: [0, 2], y: [3, 5], text: ['Cu', 'Al (held out)'], marker: { symbol: ['circle', 'diamond'] } });
    expect(data[1]).toMatchObject({ x: [1], y: [4] });
    expect(layout?.annotations).toBeUndefined();
  });

  it('is empty, with a note, before the end of a run', () => {
    const { data, layout } = latentFigure(testRecording());
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/end of a run/);
  });
});
