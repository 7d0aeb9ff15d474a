/**
 * Before any run: the opening of the run's corpus and what the frozen
 * retriever finds in it for a few fact chunks (sampleRetrieval.ts), the
 * same keys as the run's database over a few thousand characters of it.
 */
import { useMemo } from 'react';
import { CorpusSample } from '../../ui/CorpusSample';
import { Highlighted } from './Highlighted';
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
      <table className="claims" data-testid="retro-sample-retrieval">
        <thead>
          <tr><th>chunk (m = {chunk})</th><th>neighbours (chunk + continuation, r = {2 * chunk})</th></tr>
        </thead>
        <tbody>
          {s.queries.map((q, u) => (
            <tr key={u}>
              <td><code>{q.text}</code></td>
              <td>
                {q.neighbours.map((n) => (
                  <div key={n.entry}>
                    <Highlighted text={n.text} start={n.runStart} length={n.runLength} /> <span className="hint">d² = {n.distance.toFixed(2)}</span>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </CorpusSample>
  );
}
