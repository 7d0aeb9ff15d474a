import { describe, expect, it } from 'vitest';
import { degrees } from './graph';
import { karateClubGraph } from './karateClub';

// The facts file's adjacency (networkx karate_club_graph), node: higher neighbours.
const FACTS = `0:1,2,3,4,5,6,7,8,10,11,12,13,17,19,21,31 1:2,3,7,13,17,19,21,30 2:3,7,8,9,13,27,28,32 3:7,12,13
4:6,10 5:6,10,16 6:16 8:30,32,33 9:33 13:33 14:32,33 15:32,33 18:32,33 19:33 20:32,33 22:32,33
23:25,27,29,32,33 24:25,27,31 25:31 26:29,33 27:33 28:31,33 29:32,33 30:32,33 31:32,33 32:33`;
const OFFICER = [9, 14, 15, 18, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33];

describe('karateClubGraph', () => {
  const g = karateClubGraph();
  it('has 34 nodes and 78 edges, the same as the published adjacency', () => {
    expect(g.n).toBe(34);
    expect(g.edges).toHaveLength(78);
    const expected = FACTS.split(/\s+/).flatMap((tok) => {
      const [u, vs] = tok.split(':');
      return vs.split(',').map((v) => `${u}-${v}`);
    });
    expect(g.edges.map(([u, v]) => `${u}-${v}`).sort()).toEqual(expected.sort());
    expect(Math.max(...degrees(g))).toBe(17);
  });
  it('labels the Officer faction 1 and Mr. Hi 0', () => {
    const officer = g.nodeLabels!.flatMap((l, i) => (l === 1 ? [i] : []));
    expect(officer).toEqual(OFFICER);
  });
});
