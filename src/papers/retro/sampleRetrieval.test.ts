import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../core/params/schema';
import { retroSchema } from './params';
import { sampleRetrieval } from './sampleRetrieval';

describe('sampleRetrieval', () => {
  const p = defaultsOf(retroSchema);
  const s = sampleRetrieval(p, 3, 4_000, 3);

  it('keys every entry of the opening and answers each query with k distinct passages from other documents', () => {
    expect(s.entries).toBe(4_000 - 2 * p.chunk + 1); // stride 1
    expect(s.queries).toHaveLength(3);
    for (const q of s.queries) {
      expect(q.text).toHaveLength(p.chunk);
      expect(q.neighbours).toHaveLength(p.evalK);
      const [a, b] = q.neighbours;
      expect(a.distance).toBeLessThanOrEqual(b.distance);
      expect(Math.abs(a.entry - b.entry)).toBeGreaterThanOrEqual(p.chunk);
      for (const n of q.neighbours) {
        expect(n.text).toHaveLength(2 * p.chunk);
        expect(n.text.slice(n.runStart, n.runStart + n.runLength).length).toBe(n.runLength);
        expect(q.text.includes(n.text.slice(n.runStart, n.runStart + n.runLength))).toBe(true);
        // Not the query's own text: its document is excluded.
        expect(n.text.includes(q.text)).toBe(n.runLength === p.chunk);
      }
    }
  });

  it('finds text that shares a real run with the query: facts recur across documents', () => {
    const best = Math.max(...s.queries.map((q) => q.neighbours[0].runLength));
    expect(best).toBeGreaterThanOrEqual(6);
  });
});
