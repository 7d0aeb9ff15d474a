import { describe, expect, it } from 'vitest';
import { pairedScores } from './pairedSeeds';
import type { Scores } from './scores';

const s = (f1: number, jaccard: number, nmi = 0.5, crossing = 0.1, modularity = 0.3): Scores => ({ f1, jaccard, nmi, crossing, modularity });

describe('pairedScores', () => {
  it('averages each arm over the seeds, with its range, and counts the seeds vGraph+ wins on F1', () => {
    const plus = [s(1, 1, 1, 0.14), s(0.97, 0.94, 0.84, 0.13), s(0.97, 0.94, 0.84, 0.13)];
    const plain = [s(0.97, 0.94, 0.84, 0.13), s(0.97, 0.94, 0.84, 0.13), s(1, 1, 1, 0.14)];
    const p = pairedScores(plus, plain);
    expect(p.seeds).toBe(3);
    expect(p.plus.f1.mean).toBeCloseTo((1 + 0.97 + 0.97) / 3, 12);
    expect(p.plus.f1).toMatchObject({ min: 0.97, max: 1 });
    expect(p.plain.crossing.mean).toBeCloseTo((0.13 + 0.13 + 0.14) / 3, 12);
    expect(p.f1).toEqual({ higher: 1, equal: 1, lower: 1 });
    // The same outcomes on other seeds: exactly equal means, so a tie is never read as a win.
    expect(p.plus.jaccard.mean).toBe(p.plain.jaccard.mean);
  });
  it('refuses arms of different seeds and runs without ground truth', () => {
    expect(() => pairedScores([s(1, 1)], [])).toThrow(/same seeds for both arms, got 1 and 0/);
    expect(() => pairedScores([], [])).toThrow(/same seeds/);
    expect(() => pairedScores([{ modularity: 0.4, crossing: 0.1 }], [s(1, 1)])).toThrow(/no f1/);
  });
});
