/**
 * The opening documents of a run's corpus, for a panel to show before any run.
 * makeCorpus writes its documents one after another from seeded streams that
 * do not depend on the corpus length, so a corpus of `chars` characters with
 * the same seed and options is exactly the first `chars` characters of the
 * run's corpus, about the same world (corpusOpening.test.ts checks this).
 * A few thousand characters take a few milliseconds; the world is built in full.
 */
import type { Rng } from '../rng';
import { DOC_SEP } from './charTokenizer';
import { makeCorpus, type Corpus, type CorpusOptions } from './corpus';
import type { DocKind } from './documents';

export interface SampleDoc {
  kind: DocKind;
  /** Offset of the document's DOC_SEP in the corpus, in characters. */
  start: number;
  /** The document without its separator and final newline; the last may be cut short. */
  text: string;
}

export interface CorpusOpening {
  /** The opening as a corpus of its own (the run's world, lexicon and grammar). */
  corpus: Corpus;
  /** Its complete documents, in order. */
  docs: SampleDoc[];
}

/** The first `chars` characters of the corpus makeCorpus(options, rng) would write, cut into documents. */
export function corpusOpening(options: Partial<CorpusOptions>, rng: Rng, chars: number): CorpusOpening {
  const corpus = makeCorpus({ ...options, totalTokens: chars }, rng);
  const docs: SampleDoc[] = [];
  for (let d = 0; d < corpus.docStarts.length; d++) {
    const start = corpus.docStarts[d];
    const end = d + 1 < corpus.docStarts.length ? corpus.docStarts[d + 1] : corpus.text.length;
    const raw = corpus.text.slice(start, end);
    const complete = raw.endsWith('\n');
    if (!complete) break;
    docs.push({ kind: corpus.docKinds[d], start, text: raw.slice(DOC_SEP.length, -1) });
  }
  return { corpus, docs };
}
