import { describe, expect, it } from 'vitest';
import { parseLossCsv } from './csv';

describe('parseLossCsv', () => {
  it('reads N, D, loss with a header in any order and any separator', () => {
    const r = parseLossCsv('loss;tokens;params\n3.1;1e9;1e7\n2.9;2e9;2e7\n');
    expect(r.problems.filter((p) => p.startsWith('Line'))).toEqual([]);
    expect(r.points[0]).toEqual({ N: 1e7, D: 1e9, loss: 3.1 });
  });

  it('derives D from C = 6ND', () => {
    const r = parseLossCsv('Model Size,Training FLOP,loss\n1e8,6e18,3.0');
    expect(r.points[0].D).toBeCloseTo(1e10, 0);
  });

  it('assumes N, D, loss without a header', () => {
    expect(parseLossCsv('1e7\t1e9\t3.1').points).toEqual([{ N: 1e7, D: 1e9, loss: 3.1 }]);
  });

  it('skips bad rows with the line number and never throws', () => {
    const r = parseLossCsv('N,D,loss\n1e7,1e9,3.1\nbanana,1,2\n1e7,-5,3\n\n# comment\n1e8,1e10');
    expect(r.points).toHaveLength(1);
    expect(r.problems.filter((p) => p.startsWith('Line'))).toHaveLength(3);
    expect(r.problems.some((p) => /needs more/.test(p))).toBe(true);
  });

  it('explains a header without the needed columns', () => {
    const r = parseLossCsv('foo,bar\n1,2');
    expect(r.points).toEqual([]);
    expect(r.problems[0]).toMatch(/no column for N \(parameters\), D \(tokens\) or C \(FLOPs\), loss/);
  });

  it('handles empty input and binary junk', () => {
    expect(parseLossCsv('').problems[0]).toMatch(/empty/);
    expect(parseLossCsv('\u0000\u0001\u0002,\uFFFD').points).toEqual([]);
  });
});
