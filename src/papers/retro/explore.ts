/**
 * The Explore view's computation: a reader's prompt is cut into chunks of m
 * characters, each complete chunk retrieves its k neighbours (no document to
 * exclude: the prompt is not in the corpus), and the baseline and RETRO[On]
 * continue the prompt greedily, RETRO re-retrieving as each new chunk
 * completes. Pure tfjs, no DOM: the panel runs it in a worker.
 */
import * as tf from '@tensorflow/tfjs-core';
import { decode, encode, VOCAB } from '../../core/corpus';
import type { TransformerLM } from '../../core/lm';
import type { ChunkDatabase } from './database';
import { longestCommonRunAt } from './overlap';
import { RetroModel } from './retroModel';

export interface ExploreNeighbour {
  /** Database entry and its text (chunk + continuation, r characters). */
  entry: number;
  text: string;
  distance: number;
  /** Longest run shared with the query chunk: start in the neighbour and length. */
  runStart: number;
  runLength: number;
}

export interface ExploreChunk {
  text: string;
  neighbours: ExploreNeighbour[];
}

export interface ExploreResult {
  /** The prompt as the model reads it (lower case, unknown characters dropped). */
  prompt: string;
  chunks: ExploreChunk[];
  /** Characters after the last complete chunk (no neighbours yet). */
  tail: string;
  withRetrieval: string;
  withoutRetrieval: string;
  retrievalMs: number;
}

/** Lower-cases the prompt and keeps the characters of the vocabulary; throws with a clear message if nothing is left. */
export function cleanPrompt(text: string): string {
  const kept = [...text.toLowerCase()].filter((c) => VOCAB.includes(c) && c !== '|').join('');
  if (kept.length === 0) throw new RangeError('the prompt has no characters the model knows (a-z, 0-9, space and .,?=+-:;())');
  return kept;
}

async function greedyNext(model: TransformerLM, ids: number[], neighbours: { data: Int32Array; shape: [number, number, number, number] } | null): Promise<number> {
  const T = ids.length;
  const next = tf.tidy(() => {
    const ctx = neighbours ? RetroModel.context(tf.tensor4d(neighbours.data, neighbours.shape, 'int32')) : undefined;
    const logits = model.logits(tf.tensor2d(ids, [1, T], 'int32'), ctx); // [1, T, V]
    return tf.argMax(tf.reshape(tf.slice(logits, [0, T - 1, 0], [1, 1, -1]), [-1])); // []
  });
  const id = (await next.data())[0];
  next.dispose();
  return id;
}

/** Greedy continuation; with a database, the complete chunks of the context retrieve k neighbours at each step. */
export async function continuePrompt(model: TransformerLM, prompt: Uint8Array, maxNew: number, db: ChunkDatabase | null, k: number): Promise<number[]> {
  const seq = Array.from(prompt);
  const out: number[] = [];
  const T = model.cfg.seqLen;
  for (let i = 0; i < maxNew; i++) {
    const ctxIds = seq.slice(Math.max(0, seq.length - T));
    let nb: { data: Int32Array; shape: [number, number, number, number] } | null = null;
    if (db && ctxIds.length >= db.m) {
      const ret = await db.retrieve(ctxIds, null, [0], ctxIds.length, k);
      nb = { data: ret.neighbours, shape: [1, ret.chunks, ret.k, ret.r] };
    }
    const id = await greedyNext(model, ctxIds, nb);
    seq.push(id);
    out.push(id);
  }
  return out;
}

export async function explore(db: ChunkDatabase, base: TransformerLM, retro: TransformerLM, text: string, k: number, maxNew: number): Promise<ExploreResult> {
  const prompt = cleanPrompt(text);
  const ids = encode(prompt);
  const m = db.m;
  const L = Math.floor(ids.length / m);
  const ret = await db.retrieve(ids, null, [0], L * m, k);
  const chunks: ExploreChunk[] = [];
  for (let u = 0; u < L; u++) {
    const chunk = ids.subarray(u * m, (u + 1) * m);
    const neighbours: ExploreNeighbour[] = [];
    for (let j = 0; j < k; j++) {
      const entry = ret.indices[u * k + j];
      if (entry < 0) continue;
      const n = db.entry(entry);
      const run = longestCommonRunAt(chunk, n);
      neighbours.push({ entry, text: decode(n), distance: ret.distances[u * k + j], runStart: run.bStart, runLength: run.length });
    }
    chunks.push({ text: decode(chunk), neighbours });
  }
  const withRetrieval = decode(await continuePrompt(retro, ids, maxNew, db, k));
  const withoutRetrieval = decode(await continuePrompt(base, ids, maxNew, null, k));
  return { prompt, chunks, tail: prompt.slice(L * m), withRetrieval, withoutRetrieval, retrievalMs: ret.ms };
}
