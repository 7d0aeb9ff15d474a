/** The procedural corpus: public API. */
export { VOCAB, VOCAB_SIZE, DOC_SEP, DOC_SEP_ID, PAD, PAD_ID, encode, decode, tokenId } from './charTokenizer';
export { trainBpe, bpeTokenizer, type BpeTokenizer } from './bpeTokenizer';
export { ZipfSampler, zipfWeights } from './zipf';
export { WordFactory, TEMPLATE_WORDS } from './words';
export { Lexicon, type LexiconSizes, type WordAnalysis, type WordClass } from './lexicon';
export { Grammar, DEFAULT_GRAMMAR, type GrammarOptions } from './grammar';
export { World, worldSizes, TEMPLATES, type Fact, type Relation, type Person, type City, type Country, type WorldOptions } from './world';
export { arithmeticItem, evaluateExpression, type ArithmeticItem } from './arithmetic';
export { copyItem, randomString, type CopyItem } from './copying';
export { DOC_KINDS, writeDoc, sampleDoc, type Doc, type DocKind, type DocMixture, type DocSources } from './documents';
export { makeCorpus, resolveCorpusOptions, splitTrainVal, DEFAULT_CORPUS_OPTIONS, type Corpus, type CorpusOptions } from './corpus';
export { batchSampler, batchAt, type TokenBatch } from './batches';
export { probes, PROBE_FAMILIES, type Probe, type ProbeFamily } from './probes';
