import { describe, expect, it } from 'vitest';
import { scoreVsFigure } from './scoreVs';
import { result, spec, testRecording } from './testRecording';

describe('scoreVsFigure', () => {
  const pruned = spec('R@50%', 'R', 0.5);
  const rec = testRecording({ runs: [spec('R', 'R'), pruned], results: [result(spec('R', 'R'), 0.5), result(pruned, 0.4, { multiplies: 400 })] });

  it('a labelled point per net against the parameters it has left, on a log axis', () => {
    const { data, layout } = scoreVsFigure(rec, { task: 'digits' }, 'params');
    expect(data[0]).toMatchObject({ x: [100, 50], y: [50, 40], text: ['R', 'R@50%'] });
    expect(layout?.xaxis).toMatchObject({ type: 'log', title: { text: 'real parameters' } });
    expect(layout?.annotations).toBeUndefined();
  });

  it('or against its multiplies per example', () => {
    expect(scoreVsFigure(rec, { task: 'digits' }, 'multiplies').data[0]).toMatchObject({ x: [200, 400] });
  });

  it('says what fills it before an evaluation', () => {
    expect(scoreVsFigure(testRecording(), { task: 'digits' }, 'params').layout?.annotations?.[0]?.text).toMatch(/after its evaluation/);
  });
});
