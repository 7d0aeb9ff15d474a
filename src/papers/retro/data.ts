/**
 * The data of a RETRO run, all from the seed. One procedural corpus whose
 * people's facts recur across documents (core/corpus/world.ts); its last 10%
 * of documents is the evaluation text, the rest is both what the models
 * train on and what the database holds, as the paper trains on its
 * retrieval set. The evaluation documents are never in the database, so a
 * neighbour of an evaluation chunk is always another document: retrieval
 * helps by finding the same facts stated elsewhere, not the text itself.
 */
import { ExperimentError } from '../../core/experiment';
import { makeCorpus, splitTrainVal, type Corpus, type DocMixture } from '../../core/corpus';
import type { Rng } from '../../core/rng';
import { documentIds } from './chunks';
import type { RetroParams } from './params';

/**
 * Share of the corpus held out: 10%, not core/train's VAL_FRACTION (5%). RETRO
 * scores whole held-out documents against a database of the rest, and its
 * claims and recorded runs were measured on this split.
 */
export const EVAL_FRACTION = 0.1;

export interface RetroData {
  corpus: Corpus;
  /** Training text = the database's text, with each token's document id. */
  train: Uint8Array;
  trainDocs: Int32Array;
  /** Held-out text and its document ids. */
  evalTokens: Uint8Array;
  evalDocs: Int32Array;
  /** Starts of the consecutive evaluation windows (n tokens + 1 target). */
  evalStarts: number[];
  /** The first of them, for the curves during training. */
  curveStarts: number[];
}

/** Fact-heavy mixture: `facts` of the weight goes to fact (80%) and two-hop (20%) documents. */
export function retroMixture(facts: number): DocMixture {
  const rest = 1 - facts;
  return { facts: 0.8 * facts, reasoning: 0.2 * facts, prose: 0.6 * rest, arithmetic: 0.25 * rest, copy: 0.15 * rest };
}

/** WebGPU's default largest storage-buffer binding: the database's keys [keyDim, entries] must fit in one. */
export const MAX_KEY_BYTES = 128 * 1024 * 1024;

export function checkShapes(p: Pick<RetroParams, 'seqLen' | 'chunk' | 'dModel' | 'encWidth' | 'nHeads' | 'nLayers' | 'firstRetroLayer' | 'dbStride' | 'corpusTokens' | 'keyDim'>): void {
  if (p.dbStride > p.chunk) throw new ExperimentError(`the database stride (${p.dbStride}) is longer than a chunk (${p.chunk}): text between entries would never be retrieved`);
  const keyBytes = (p.corpusTokens * (1 - EVAL_FRACTION) / p.dbStride) * p.keyDim * 4;
  if (keyBytes > MAX_KEY_BYTES) throw new ExperimentError(`the database keys would take ${(keyBytes / 2 ** 20).toFixed(0)} MB, more than the ${MAX_KEY_BYTES / 2 ** 20} MB a GPU buffer may hold: raise the database stride, narrow the keys or shrink the corpus`);
  if (p.firstRetroLayer > p.nLayers) throw new ExperimentError(`the first CCA layer (${p.firstRetroLayer}) is past the last decoder layer (${p.nLayers}): RETRO would have no retrieval`);
  if (p.seqLen % p.chunk !== 0) throw new ExperimentError(`the context length (${p.seqLen}) must be a whole number of chunks of ${p.chunk} tokens`);
  if (p.seqLen / p.chunk < 2) throw new ExperimentError(`the context needs at least 2 chunks (n = ${p.seqLen}, m = ${p.chunk}): the first chunk never sees neighbours`);
  if (p.dModel % p.nHeads !== 0 || p.encWidth % p.nHeads !== 0) throw new ExperimentError(`${p.nHeads} heads must divide the decoder width (${p.dModel}) and the encoder width (${p.encWidth})`);
}

/** The evaluation windows for `evalWindows` windows of n = seqLen tokens (as many as the held-out text holds), and the curves' first quarter of them. */
export function evalWindowStarts(valLength: number, seqLen: number, evalWindows: number): Pick<RetroData, 'evalStarts' | 'curveStarts'> {
  const windows = Math.min(evalWindows, Math.floor((valLength - 1) / seqLen));
  const evalStarts = Array.from({ length: windows }, (_, w) => w * seqLen);
  return { evalStarts, curveStarts: evalStarts.slice(0, Math.max(1, Math.min(windows, Math.ceil(windows / 4)))) };
}

export function retroData(p: RetroParams, rng: Rng): RetroData {
  checkShapes(p);
  const corpus = makeCorpus({ totalTokens: p.corpusTokens, entities: p.entities, mixture: retroMixture(p.factsShare) }, rng.fork('data'));
  const docs = documentIds(corpus.tokens.length, corpus.docStarts);
  const { train, val } = splitTrainVal(corpus.tokens, EVAL_FRACTION);
  const T = p.seqLen;
  if (train.length < 4 * T) throw new ExperimentError(`a corpus of ${p.corpusTokens} tokens is too small for a context of ${T}`);
  const { evalStarts, curveStarts } = evalWindowStarts(val.length, T, p.evalWindows);
  if (evalStarts.length < 1) throw new ExperimentError(`the evaluation text (${val.length} tokens) is shorter than one window of ${T + 1}: use a larger corpus`);
  return {
    corpus,
    train,
    trainDocs: docs.subarray(0, train.length),
    evalTokens: val,
    evalDocs: docs.subarray(train.length),
    evalStarts,
    curveStarts,
  };
}
