/**
 * The opening documents of a run's procedural corpus, computed at once from
 * the run's seed and corpus options (the `data` stream every LM panel draws
 * its corpus from), for the panels whose runs ask nothing more of the text.
 */
import { useMemo } from 'react';
import { corpusOpening } from '../core/corpus/corpusOpening';
import type { CorpusOptions } from '../core/corpus/corpus';
import { Rng } from '../core/rng';
import { CorpusSample } from './CorpusSample';

const DEFAULT_OPTIONS: Partial<CorpusOptions> = Object.freeze({});

export function CorpusOpeningSample({ seed, options = DEFAULT_OPTIONS, chars = 1_200, what }: { seed: number; options?: Partial<CorpusOptions>; chars?: number; what: string }) {
  const docs = useMemo(() => corpusOpening(options, new Rng(seed).fork('data'), chars).docs, [seed, options, chars]);
  return <CorpusSample docs={docs} caption={<>The first documents of the run's corpus (seed {seed}): {what}. <code>|</code> starts a document.</>} />;
}
