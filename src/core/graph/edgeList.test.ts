import { describe, expect, it } from 'vitest';
import { parseEdgeList } from './edgeList';

describe('parseEdgeList', () => {
  it('reads spaces, tabs, commas, comments and a weight column; numbers nodes by first appearance', () => {
    const r = parseEdgeList('# a comment\n% another\na b\nb\tc\n\nc,a,0.5\nd a 2\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.names).toEqual(['a', 'b', 'c', 'd']);
    expect(r.value.graph.n).toBe(4);
    expect(r.value.graph.edges).toEqual([[0, 1], [1, 2], [0, 2], [0, 3]]);
  });
  it('drops and counts self-loops and repeated edges', () => {
    const r = parseEdgeList('1 2\n2 1\n3 3\n2 3\r\n');
    expect(r.ok && r.value).toMatchObject({ selfLoops: 1, repeated: 1 });
    expect(r.ok && r.value.graph.edges).toEqual([[0, 1], [1, 2]]);
  });
  it('names the malformed line', () => {
    expect(parseEdgeList('1 2\n3\n')).toEqual({ ok: false, error: 'line 2: expected two node ids, found one ("3").' });
    const many = parseEdgeList('1 2 3 4');
    expect(!many.ok && many.error).toMatch(/^line 1: .*4 columns/);
    const weight = parseEdgeList('1 2 heavy');
    expect(!weight.ok && weight.error).toMatch(/^line 1: the third column should be a numeric weight/);
  });
  it('rejects empty input and inputs over the limits', () => {
    expect(parseEdgeList('# nothing\n\n')).toEqual({ ok: false, error: 'no edges found: expected lines of two node ids such as "1 2".' });
    const nodes = parseEdgeList('1 2\n3 4\n', { maxNodes: 3, maxEdges: 10 });
    expect(!nodes.ok && nodes.error).toMatch(/^line 2: more than 3 nodes/);
    const edges = parseEdgeList('1 2\n2 3\n3 1\n', { maxNodes: 10, maxEdges: 2 });
    expect(!edges.ok && edges.error).toMatch(/^line 3: more than 2 edges/);
  });
});
