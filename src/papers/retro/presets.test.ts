import { describe, expect, it } from 'vitest';
import { presetProblems } from '../../core/params/presetProblems';
import { presetParams } from '../../core/params/presets';
import { checkShapes } from './data';
import { retroSchema } from './params';
import { retroPresets } from './presets';
import { retroLayers } from './retroModel';

describe('retroPresets', () => {
  it('has tiny, default, paper-like, bench and claims, all valid against the schema', () => {
    expect(Object.keys(retroPresets)).toEqual(['tiny', 'default', 'paper-like', 'bench', 'claims']);
    expect(presetProblems(retroSchema, retroPresets)).toEqual([]);
  });

  it('gives every preset whole chunks, heads that divide the widths and at least one CCA layer', () => {
    for (const name of Object.keys(retroPresets)) {
      const p = presetParams(retroSchema, retroPresets, name);
      expect(() => checkShapes(p)).not.toThrow();
      expect(retroLayers(p.nLayers, p.firstRetroLayer, p.retroEvery).length).toBeGreaterThan(0);
    }
    const paper = presetParams(retroSchema, retroPresets, 'paper-like');
    expect(retroLayers(paper.nLayers, paper.firstRetroLayer, paper.retroEvery)).toEqual([5, 8, 11]);
  });

  it('refuses a context that is not a whole number of chunks, with a clear message', () => {
    const p = presetParams(retroSchema, retroPresets, 'default');
    expect(() => checkShapes({ ...p, seqLen: 60 })).toThrow(/whole number of chunks/);
    expect(() => checkShapes({ ...p, seqLen: 16 })).toThrow(/at least 2 chunks/);
    expect(() => checkShapes({ ...p, firstRetroLayer: 5 })).toThrow(/no retrieval/);
    expect(() => checkShapes({ ...p, dbStride: p.chunk + 1 })).toThrow(/longer than a chunk/);
    expect(() => checkShapes({ ...p, corpusTokens: 4_000_000, dbStride: 1 })).toThrow(/raise the database stride/);
  });
});
