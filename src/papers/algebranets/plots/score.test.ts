import { describe, expect, it } from 'vitest';
import { bestResult, score, scoreLabel, taskOf } from './score';
import { result, spec, testRecording } from './testRecording';

describe('AlgebraNets scores', () => {
  it('accuracy in % on digits, bits per character on text', () => {
    expect(score(result(spec('R', 'R'), 0.5))).toBe(50);
    expect(score({ ...result(spec('R', 'R'), 0.5), task: 'chars', bpc: 2.5 })).toBe(2.5);
    expect(scoreLabel('chars')).toMatch(/bits per character/);
  });

  it('the task of the recorded nets, else the params\'', () => {
    expect(taskOf(testRecording(), { task: 'chars' })).toBe('digits');
    expect(taskOf(testRecording({}), { task: 'chars' })).toBe('chars');
  });

  it('the best net: highest accuracy, or lowest bits per character', () => {
    expect(bestResult([])).toBeNull();
    expect(bestResult([result(spec('R', 'R'), 0.5), result(spec('C', 'C'), 0.7)])?.key).toBe('C');
    const chars = (key: 'R' | 'C', bpc: number) => ({ ...result(spec(key, key), 0), task: 'chars' as const, bpc });
    expect(bestResult([chars('R', 2), chars('C', 3)])?.key).toBe('R');
  });
});
