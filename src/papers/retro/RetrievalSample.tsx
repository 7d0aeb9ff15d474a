/**
 * Before any run: the opening of the run's corpus and what the frozen
 * retriever finds in it for a few fact chunks (sampleRetrieval.ts), the
 * same keys as the run's database over a few thousand characters of it.
 */
import { useMemo } from 'react';
import { CorpusSample } from '../../ui/CorpusSample';
import { NeighbourTable } from './NeighbourTable';
import type { RetroParams } from './params';
import { sampleRetrieval } from './sampleRetrieval';

/** Characters of the sample database: a few thousand entries, searched in a few milliseconds. */
const SAMPLE_CHARS = 4_000;
const QUERIES = 3;

export function RetrievalSample({ params, seed }: { params: RetroParams; seed: number }) {
  const { entities, factsShare, chunk, dbStride, keyDim, ngramMax, evalK } = params;
  const s = useMemo(
    () => sampleRetrieval({ entities, factsShare, chunk, dbStride, keyDim, ngramMax, evalK }, seed, SAMPLE_CHARS, QUERIES),
    [entities, factsShare, chunk, dbStride, keyDim, ngramMax, evalK, seed],
  );
  return (
    <CorpusSample
      docs={s.docs.slice(0, 8)}
      caption={<>The first documents of the run's corpus (seed {seed}), weighted towards facts about a world of {entities} people; <code>|</code> starts a document.</>}
    >
      <p className="hint">
          A database of the first {SAMPLE_CHARS.toLocaleString('en')} characters ({s.entries.toLocaleString('en')} entries, keyed with the run's frozen keys)
          and the k = {evalK} nearest neighbours of the first chunk of the last fact documents, from other documents; the longest run each shares with its chunk is marked.
      </p>
      <NeighbourTable
        testId="retro-sample-retrieval"
        chunkHead={<>chunk (m = {chunk})</>}
        neighboursHead={<>neighbours (chunk + continuation, r = {2 * chunk})</>}
        chunks={s.queries}
      />
    </CorpusSample>
  );
}
