import { describe, expect, it } from 'vitest';
import { familyGains, gainsFigure } from './gains';
import { TEST_RESULTS } from './testRecording';

describe('gainsFigure', () => {
  it('orders the gains, largest first, in accuracy points', () => {
    expect(familyGains(TEST_RESULTS.slice(0, 1))).toBeNull();
    expect(familyGains(TEST_RESULTS)?.map((g) => g.family)).toEqual(['reading', 'knowledge', 'grammar', 'logic', 'maths']);
    const [bar] = gainsFigure({ artifacts: { results: TEST_RESULTS } }).data;
    expect('y' in bar ? bar.y?.[0] : 0).toBeCloseTo(40);
  });

  it('waits, with a note, for two evaluated models', () => {
    const { data, layout } = gainsFigure({ artifacts: { results: TEST_RESULTS.slice(0, 1) } });
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/two models/);
  });
});
