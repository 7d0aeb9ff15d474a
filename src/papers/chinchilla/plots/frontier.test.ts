import { describe, expect, it } from 'vitest';
import { frontierFigure } from './frontier';
import { finishedArtifacts, testRuns } from './testRecording';

describe('frontierFigure', () => {
  it('draws each approach\'s points and its power law across the budgets', () => {
    const artifacts = finishedArtifacts();
    const { data } = frontierFigure({ artifacts });
    const names = data.map((d) => d.name ?? '');
    const { approach1, approach2, approach3 } = artifacts.analysis;
    [approach1, approach2, approach3].forEach((o, i) => expect(names).toContain(`Approach ${i + 1}: a = ${(o.result?.a ?? NaN).toFixed(2)}`));
    expect(names).toContain('Approach 1 points');
    expect(names).toContain('Approach 2 points');
    const law = data.find((d) => d.name?.startsWith('Approach 3:'));
    expect(law && 'x' in law ? law.x : []).toEqual([1e9 / 1.5, 1.6e10 * 1.5]);
  });

  it('stays empty, with a note, until the sweep is analysed', () => {
    const { data, layout } = frontierFigure({ artifacts: { runs: testRuns() } });
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/analysed/);
  });
});
