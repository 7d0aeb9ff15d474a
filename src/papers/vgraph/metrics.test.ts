import { describe, expect, it } from 'vitest';
import { graphFromEdges } from '../../core/graph/graph';
import { karateClubGraph } from '../../core/graph/karateClub';
import { crossingFraction, modularity } from './modularity';
import { nmi } from './nmi';
import { communitiesOf, overlapF1, overlapJaccard, setF1, setJaccard } from './overlapScores';

describe('nmi', () => {
  it('is 1 for the same partition under renaming and 0 for independent ones', () => {
    expect(nmi([0, 0, 1, 1], [5, 5, 2, 2])).toBeCloseTo(1, 12);
    expect(nmi([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
  });
  it('matches a hand computation with the arithmetic-mean normalisation', () => {
    // a = [0,0,0,1,1,1], b = [0,0,1,1,1,1]: joint counts (0,0)=2 (0,1)=1 (1,1)=3.
    const n = 6;
    const I = (2 / n) * Math.log((2 * n) / (3 * 2)) + (1 / n) * Math.log((1 * n) / (3 * 4)) + (3 / n) * Math.log((3 * n) / (3 * 4));
    const Ha = Math.log(2);
    const Hb = -(2 / 6) * Math.log(2 / 6) - (4 / 6) * Math.log(4 / 6);
    expect(nmi([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 1, 1])).toBeCloseTo(I / ((Ha + Hb) / 2), 12);
  });
  it('treats two trivial partitions as equal and rejects different lengths', () => {
    expect(nmi([1, 1, 1], [0, 0, 0])).toBe(1);
    expect(nmi([0, 0, 0], [0, 1, 2])).toBe(0);
    expect(() => nmi([0], [0, 1])).toThrow(/partitions of 1 and 2/);
  });
});

describe('modularity', () => {
  it('matches hand values: two triangles joined by one edge', () => {
    const g = graphFromEdges(6, [[0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5], [2, 3]]);
    // m = 7; each side: 3 inner edges, degree sum 7.  Q = 2 (3/7 − (7/14)²) = 5/14.
    expect(modularity(g, [0, 0, 0, 1, 1, 1])).toBeCloseTo(5 / 14, 12);
    expect(modularity(g, [0, 0, 0, 0, 0, 0])).toBeCloseTo(0, 12);
    expect(crossingFraction(g, [0, 0, 0, 1, 1, 1])).toBeCloseTo(1 / 7, 12);
  });
  it('gives 0.3582 for the karate factions, as published', () => {
    const g = karateClubGraph();
    expect(modularity(g, g.nodeLabels!)).toBeCloseTo(0.3582, 4);
  });
});

describe('overlapping F1 and Jaccard', () => {
  it('scores sets by hand', () => {
    expect(setF1([1, 2, 3, 4], [3, 4, 5])).toBeCloseTo((2 * (2 / 3) * (2 / 4)) / (2 / 3 + 2 / 4), 12);
    expect(setJaccard([1, 2, 3, 4], [3, 4, 5])).toBeCloseTo(2 / 5, 12);
    expect(setF1([1], [2])).toBe(0);
  });
  it('averages the best matches both ways', () => {
    const truth = [[0, 1, 2], [2, 3, 4]];
    const found = [[0, 1, 2, 3, 4]];
    // truth → found: F1 = 2·(3/5)·1/(3/5+1) = 0.75 each; found → truth: best 0.75.
    expect(overlapF1(truth, found)).toBeCloseTo(0.75, 12);
    expect(overlapJaccard(truth, found)).toBeCloseTo(0.6, 12);
    expect(overlapF1(truth, truth)).toBe(1);
    // A perfect half and a useless extra: truth side (1 + 0.5)/2... computed by hand.
    const f1 = overlapF1([[0, 1], [2, 3]], [[0, 1], [4]]);
    expect(f1).toBeCloseTo(((1 + 0) / 2 + (1 + 0) / 2) / 2, 12);
    expect(overlapF1([], found)).toBe(0);
  });
  it('collects communities from memberships', () => {
    expect(communitiesOf([[0], [0, 1], [1], [2]])).toEqual([[0, 1], [1, 2], [3]]);
  });
});
