/**
 * What the run's retriever finds, before any run: a small database over the
 * opening of the run's corpus (same seed, same frozen keys: buildDatabase in
 * experiment.ts), searched exactly in plain JS for a few chunks of the last
 * fact documents. Neighbours from the query's own document are excluded and
 * the k kept are distinct passages, as in ChunkDatabase.retrieve. With a few
 * thousand characters it takes a few tens of milliseconds.
 */
import { corpusOpening, type SampleDoc } from '../../core/corpus/corpusOpening';
import { decode } from '../../core/corpus/charTokenizer';
import { Rng } from '../../core/rng';
import { ChunkEmbedder } from './chunkEmbedder';
import { chunkStarts, distinctNeighbours, documentIds } from './chunks';
import { retroMixture } from './data';
import type { ExploreChunk } from './explore';
import { longestCommonRunAt } from './overlap';
import type { RetroParams } from './params';

export interface SampleRetrieval {
  /** The opening's documents (the database's text). */
  docs: SampleDoc[];
  /** Entries in the sample database. */
  entries: number;
  /** Query chunks, each with its nearest distinct neighbours from other documents. */
  queries: ExploreChunk[];
}

type Settings = Pick<RetroParams, 'entities' | 'factsShare' | 'chunk' | 'dbStride' | 'keyDim' | 'ngramMax' | 'evalK'>;

export function sampleRetrieval(p: Settings, seed: number, chars: number, queries: number): SampleRetrieval {
  const rng = new Rng(seed);
  const { corpus, docs } = corpusOpening({ entities: p.entities, mixture: retroMixture(p.factsShare) }, rng.fork('data'), chars);
  const m = p.chunk, r = 2 * m, dim = p.keyDim;
  const tokens = corpus.tokens;
  const docIds = documentIds(tokens.length, corpus.docStarts);
  const starts = chunkStarts(tokens.length, m, r, Math.min(p.dbStride, m));
  const embedder = new ChunkEmbedder(rng.fork('keys').seed, { dim, maxN: p.ngramMax });
  const keys = embedder.embedMany(tokens, starts, m); // [entries, dim], unit rows
  // Queries: the first chunk of each of the last fact documents long enough to hold one.
  const chosen = docs.filter((d) => d.kind === 'facts' && d.text.length >= m).slice(-queries);
  const query = new Float32Array(dim);
  const out: ExploreChunk[] = chosen.map((d) => {
    const at = d.start + 1;
    embedder.embedInto(tokens, at, m, query, 0);
    const own = docIds[at];
    const candidates: { e: number; d2: number }[] = [];
    for (let e = 0; e < starts.length; e++) {
      if (docIds[starts[e]] <= own && own <= docIds[starts[e] + r - 1]) continue;
      let dot = 0;
      for (let j = 0; j < dim; j++) dot += query[j] * keys[e * dim + j];
      candidates.push({ e, d2: 2 - 2 * dot });
    }
    candidates.sort((a, b) => a.d2 - b.d2);
    const chunk = tokens.subarray(at, at + m);
    const order = candidates.map((c) => c.e);
    const kept = distinctNeighbours(order, starts, m, p.evalK);
    return {
      text: decode(chunk),
      neighbours: kept.map((c) => {
        const e = order[c];
        const entry = tokens.subarray(starts[e], starts[e] + r);
        const run = longestCommonRunAt(chunk, entry);
        return { entry: e, text: decode(entry), distance: candidates[c].d2, runStart: run.bStart, runLength: run.length };
      }),
    };
  });
  return { docs, entries: starts.length, queries: out };
}
