import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { encode, makeCorpus } from '../../core/corpus';
import { Rng } from '../../core/rng';
import { ChunkEmbedder } from './chunkEmbedder';
import { chunkStarts, ChunkDatabase, distinctNeighbours, documentIds } from './database';

await initNodeBackend('wasm');

describe('chunking', () => {
  it('gives every token its document and cuts chunks every m tokens while a whole neighbour fits', () => {
    expect(Array.from(documentIds(7, [0, 3, 5]))).toEqual([0, 0, 0, 1, 1, 2, 2]);
    expect(Array.from(chunkStarts(40, 8, 16))).toEqual([0, 8, 16, 24]);
    expect(chunkStarts(15, 8, 16).length).toBe(0);
    expect(Array.from(chunkStarts(22, 8, 16, 2))).toEqual([0, 2, 4, 6]);
    expect(() => chunkStarts(40, 8, 16, 9)).toThrow(/stride/);
    expect(() => chunkStarts(40, 8, 16, 0)).toThrow(/stride/);
  });

  it('keeps only neighbours that start at least m apart, nearest first', () => {
    const starts = [0, 1, 2, 10, 11, 30];
    // Entries 1 and 0 are one passage; so are 4 and 3.
    expect(distinctNeighbours([1, 0, 4, 3, 5], starts, 8, 3)).toEqual([0, 2, 4]);
    expect(distinctNeighbours([1, -1, 2, 0], starts, 8, 2)).toEqual([0]);
  });
});

describe('frozen chunk embedder', () => {
  const e = new ChunkEmbedder(3, { dim: 32 });
  it('is deterministic, unit length, and puts chunks that share n-grams closer', () => {
    const t = encode('kavo lives in tikavo lives in tqqzx wubr plon');
    const keys = e.embedMany(t, [0, 16, 30], 14);
    expect(Array.from(new ChunkEmbedder(3, { dim: 32 }).embedMany(t, [0, 16, 30], 14))).toEqual(Array.from(keys));
    const norm = Math.hypot(...keys.subarray(0, 32));
    expect(norm).toBeCloseTo(1, 5);
    const dist = (a: number, b: number) => Math.hypot(...Array.from({ length: 32 }, (_, d) => keys[a * 32 + d] - keys[b * 32 + d]));
    expect(dist(0, 1)).toBeLessThan(dist(0, 2));
  });
});

describe('ChunkDatabase', () => {
  const corpus = makeCorpus({ totalTokens: 8_000, entities: 30 }, new Rng(5));
  const docs = documentIds(corpus.tokens.length, corpus.docStarts);
  const m = 8;
  const db = new ChunkDatabase(corpus.tokens, docs, m, new ChunkEmbedder(1, { dim: 16 }));

  it('returns neighbours shaped [B, L, k, r] holding the entries\' chunk and continuation', async () => {
    const B = 3, T = 32, k = 2;
    const starts = [100, 2_000, 5_000];
    const ret = await db.retrieve(corpus.tokens, docs, starts, T, k);
    expect([ret.batch, ret.chunks, ret.k, ret.r]).toEqual([B, T / m, k, 2 * m]);
    expect(ret.neighbours.length).toBe(B * (T / m) * k * 2 * m);
    const e = ret.indices[0];
    expect(Array.from(ret.neighbours.subarray(0, 2 * m))).toEqual(Array.from(db.entry(e)));
    expect(db.entry(e).length).toBe(2 * m);
  });

  it('never returns a neighbour that shares a document with the sequence', async () => {
    const T = 32, k = 4;
    const starts = Array.from({ length: 40 }, (_, i) => 50 + i * 180);
    const ret = await db.retrieve(corpus.tokens, docs, starts, T, k);
    let checked = 0;
    starts.forEach((s, b) => {
      const seqDocs = new Set(Array.from(docs.subarray(s, s + T + 1)));
      for (let q = 0; q < ret.chunks * k; q++) {
        const e = ret.indices[b * ret.chunks * k + q];
        if (e < 0) continue;
        const entryDocs = Array.from(docs.subarray(db.starts[e], db.starts[e] + db.r));
        expect(entryDocs.some((d) => seqDocs.has(d))).toBe(false);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(100);
    // Without exclusion (a prompt), a chunk of the database finds itself.
    const self = await db.retrieve(corpus.tokens, null, [db.starts[10]], m, 1);
    expect(self.indices[0]).toBe(10);
    expect(self.distances[0]).toBeCloseTo(0, 4);
  });

  it('with a stride of 1, finds the passage that starts where the query\'s text starts, and k distinct passages', async () => {
    const fine = new ChunkDatabase(corpus.tokens, docs, m, new ChunkEmbedder(1, { dim: 16 }), 1);
    expect(fine.size).toBe(corpus.tokens.length - 2 * m + 1);
    const s = 1_237; // not a multiple of m
    const ret = await fine.retrieve(corpus.tokens, null, [s], m, 3);
    // The nearest entry holds the query's text exactly (here or a verbatim repeat elsewhere), starting where it starts.
    const at = fine.starts[ret.indices[0]];
    expect(Array.from(corpus.tokens.subarray(at, at + m))).toEqual(Array.from(corpus.tokens.subarray(s, s + m)));
    expect(ret.distances[0]).toBeCloseTo(0, 4);
    const picked = Array.from(ret.indices).map((e) => fine.starts[e]);
    for (let a = 0; a < picked.length; a++) for (let b = a + 1; b < picked.length; b++) expect(Math.abs(picked[a] - picked[b])).toBeGreaterThanOrEqual(m);
    fine.dispose();
  });
});
