import { describe, expect, it } from 'vitest';
import { paperLawFigure } from './paperLaw';

describe('paperLawFigure', () => {
  it('draws Table 3 at the paper\'s three sizes for each chosen router, up to the most experts', () => {
    const { data } = paperLawFigure({ sbase: true, rlr: false, hash: true, maxExperts: '8' });
    expect(data.map((d) => d.name)).toEqual(['S-BASE N=15M', 'S-BASE N=130M', 'S-BASE N=1.3B', 'Hash N=15M', 'Hash N=130M', 'Hash N=1.3B']);
    const x = 'x' in data[0] ? data[0].x : [];
    expect(x?.[0]).toBe(1);
    expect(x?.[x.length - 1]).toBeCloseTo(8, 10);
  });
});
