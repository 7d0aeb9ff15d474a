import { describe, expect, it } from 'vitest';
import { assignTuFiles, parseTu, TuFormatError } from './tuFormat';

// Two graphs: a triangle (class -1) and an edge (class 1); node labels 5, 5, 7 | 7, 9.
const GOOD = {
  A: '1, 2\n2, 1\n2, 3\n3, 2\n1, 3\n3, 1\n4, 5\n5, 4\n',
  graphIndicator: '1\n1\n1\n2\n2\n',
  graphLabels: '-1\n1\n',
  nodeLabels: '5\n5\n7\n7\n9\n',
};

describe('parseTu', () => {
  it('reads a good dataset, renumbering classes and node labels', () => {
    const ds = parseTu('TOY', GOOD);
    expect(ds.graphs.length).toBe(2);
    expect(ds.graphs[0]).toEqual({ n: 3, edges: [[0, 1], [1, 2], [0, 2]], nodeLabels: [0, 0, 1], label: 0 });
    expect(ds.graphs[1]).toEqual({ n: 2, edges: [[0, 1]], nodeLabels: [1, 2], label: 1 });
    expect(ds.classValues).toEqual([-1, 1]);
    expect(ds.nodeLabelValues).toEqual([5, 7, 9]);
  });

  it('works without node labels and with CRLF line ends', () => {
    const ds = parseTu('TOY', { A: GOOD.A.replace(/\n/g, '\r\n'), graphIndicator: GOOD.graphIndicator, graphLabels: GOOD.graphLabels });
    expect(ds.graphs[0].nodeLabels).toEqual([0, 0, 0]);
    expect(ds.nodeLabelValues).toEqual([]);
  });

  const bad: [string, Partial<typeof GOOD>, RegExp][] = [
    ['a non-number in A', { A: '1, 2\n2, x\n' }, /TOY_A\.txt, line 2: expected two integer node ids/],
    ['one id on an A line', { A: '1, 2\n3\n' }, /TOY_A\.txt, line 2: expected two node ids/],
    ['an edge to a missing node', { A: '1, 9\n' }, /TOY_A\.txt, line 1: node 9 outside 1\.\.5/],
    ['an edge across graphs', { A: '3, 4\n' }, /line 1: edge 3-4 joins graph 1 to graph 2/],
    ['a graph id past the labels', { graphIndicator: '1\n1\n1\n2\n3\n' }, /TOY_graph_indicator\.txt, line 5: graph id 3, but TOY_graph_labels\.txt has only 2 graphs/],
    ['a zero graph id', { graphIndicator: '0\n1\n1\n2\n2\n' }, /line 1: graph ids start at 1/],
    ['too few node labels', { nodeLabels: '1\n2\n' }, /TOY_node_labels\.txt: 2 lines, expected 5/],
    ['a bad class', { graphLabels: '1\nactive\n' }, /TOY_graph_labels\.txt, line 2: expected an integer class, found 'active'/],
    ['empty labels', { graphLabels: '\n' }, /TOY_graph_labels\.txt is empty/],
    ['a graph with no nodes', { graphLabels: '1\n1\n0\n' }, /graph 3 has no nodes/],
  ];
  for (const [what, patch, msg] of bad) {
    it(`rejects ${what} with a located message`, () => {
      expect(() => parseTu('TOY', { ...GOOD, ...patch })).toThrow(TuFormatError);
      expect(() => parseTu('TOY', { ...GOOD, ...patch })).toThrow(msg);
    });
  }

  it('enforces the browser limits', () => {
    expect(() => parseTu('TOY', GOOD, { maxNodesPerGraph: 2 })).toThrow(/graph 1 has 3 nodes/);
    expect(() => parseTu('TOY', GOOD, { maxGraphs: 1 })).toThrow(/2 graphs; this panel holds at most 1/);
  });
});

describe('assignTuFiles', () => {
  it('sorts files by suffix and names the dataset', () => {
    expect(assignTuFiles(['MUTAG_A.txt', 'MUTAG_graph_indicator.txt', 'MUTAG_graph_labels.txt', 'README.txt'])).toEqual({
      name: 'MUTAG',
      roles: { A: 'MUTAG_A.txt', graphIndicator: 'MUTAG_graph_indicator.txt', graphLabels: 'MUTAG_graph_labels.txt' },
    });
  });
  it('says what is missing or mixed', () => {
    expect(assignTuFiles(['MUTAG_A.txt'])).toEqual({ error: expect.stringMatching(/missing \*_graph_indicator\.txt, \*_graph_labels\.txt/) });
    expect(assignTuFiles(['A_A.txt', 'B_graph_indicator.txt'])).toEqual({ error: "files of two datasets: 'A' and 'B'" });
  });
});
