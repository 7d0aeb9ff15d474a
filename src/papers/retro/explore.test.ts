import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { makeCorpus } from '../../core/corpus';
import { TransformerLM, type LMConfig } from '../../core/lm';
import { Rng } from '../../core/rng';
import { ChunkEmbedder } from './chunkEmbedder';
import { ChunkDatabase, documentIds } from './database';
import { cleanPrompt, explore } from './explore';
import { RetroModel } from './retroModel';

await initNodeBackend('wasm');

describe('Explore', () => {
  it('cleans prompts and refuses one with nothing the model can read', () => {
    expect(cleanPrompt('Kavo LIVES in Tirema!')).toBe('kavo lives in tirema');
    expect(() => cleanPrompt('€€€')).toThrow(/no characters the model knows/);
  });

  it('retrieves k neighbours per complete chunk, marks the shared run, and continues with and without retrieval', async () => {
    const corpus = makeCorpus({ totalTokens: 6_000, entities: 20 }, new Rng(2));
    const db = new ChunkDatabase(corpus.tokens, documentIds(corpus.tokens.length, corpus.docStarts), 8, new ChunkEmbedder(1, { dim: 16 }));
    const cfg: LMConfig = { vocabSize: 52, seqLen: 32, dModel: 16, nLayers: 2, nHeads: 2, ffnRatio: 2, norm: 'layernorm', positions: 'learned' };
    const base = new TransformerLM(cfg, new Rng(1));
    const retro = new RetroModel(cfg, { chunk: 8, neighbours: 2, encWidth: 16, encLayers: 1, first: 2, every: 3 }, new Rng(1));
    const prompt = corpus.text.slice(1, 21);
    const r = await explore(db, base, retro.lm, prompt, 3, 12);
    expect(r.chunks.length).toBe(2);
    expect(r.tail).toBe(r.prompt.slice(16));
    for (const c of r.chunks) {
      expect(c.neighbours.length).toBe(3);
      for (const n of c.neighbours) {
        expect(n.text.length).toBe(16);
        expect(c.text.includes(n.text.slice(n.runStart, n.runStart + n.runLength))).toBe(true);
      }
    }
    // The prompt is corpus text, so its first chunk finds itself verbatim.
    expect(r.chunks[0].neighbours[0].runLength).toBe(8);
    expect(r.withRetrieval.length).toBe(12);
    expect(r.withoutRetrieval.length).toBe(12);
    base.dispose();
    retro.dispose();
    db.dispose();
  });
});
