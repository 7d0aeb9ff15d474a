import { describe, expect, it } from 'vitest';
import { sparsityFigure } from './sparsity';
import { result, spec, testRecording } from './testRecording';

describe('sparsityFigure', () => {
  it('a curve per algebra over its sparsity levels', () => {
    const pruned = spec('R@50%', 'R', 0.5);
    const { data } = sparsityFigure(testRecording({ results: [result(pruned, 0.4), result(spec('R', 'R'), 0.5)] }), { task: 'digits' });
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ x: [0, 50], y: [50, 40], name: 'R' });
  });

  it('nothing, with a note, until some net is pruned', () => {
    const { data, layout } = sparsityFigure(testRecording({ results: [result(spec('R', 'R'), 0.5)] }), { task: 'digits' });
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/target sparsity/);
  });
});
