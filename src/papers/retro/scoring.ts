/**
 * Per-token losses of the baseline and RETRO on windows of held-out text,
 * and the per-chunk view the leakage metric needs. Logits at position t
 * predict token t+1, which lies in chunk c = ⌊(t+1)/m⌋ and is predicted from
 * RET(C_{c−1}) (chunkedCrossAttention.ts); chunk c's r(C) is therefore
 * measured against the neighbours of chunk c − 1, the text the model could
 * copy from. Chunk 0 has no neighbours and is left out of the leakage view.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TransformerLM } from '../../core/lm';
import { oneHotFloat } from '../../core/lm/embedding';
import type { ChunkDatabase } from './database';
import { chunkOverlap, type ChunkLosses } from './overlap';
import { RetroModel } from './retroModel';

/** Cross-entropy of each target, nats: [B*T]. ctx = neighbours [B, L, k, r] or none. */
export async function tokenLosses(model: TransformerLM, x: Int32Array, y: Int32Array, B: number, T: number, neighbours?: { data: Int32Array; shape: [number, number, number, number] }): Promise<Float32Array> {
  const V = model.cfg.vocabSize;
  const out = tf.tidy(() => {
    const ctx = neighbours ? RetroModel.context(tf.tensor4d(neighbours.data, neighbours.shape, 'int32')) : undefined;
    const logits = model.logits(tf.tensor2d(x, [B, T], 'int32'), ctx); // [B, T, V]
    const logp = tf.logSoftmax(tf.reshape(logits, [B * T, V])); // [B*T, V]
    return tf.neg(tf.sum(tf.mul(oneHotFloat(tf.tensor1d(y, 'int32'), V), logp), 1)); // [B*T]
  });
  const d = await out.data<'float32'>();
  out.dispose();
  return d;
}

/** Windows tokens[s, s+T) and their targets as [B, T] arrays. */
export function windowsAt(tokens: ArrayLike<number>, starts: readonly number[], T: number): { x: Int32Array; y: Int32Array } {
  const x = new Int32Array(starts.length * T), y = new Int32Array(starts.length * T);
  starts.forEach((s, b) => {
    for (let t = 0; t < T; t++) {
      x[b * T + t] = tokens[s + t];
      y[b * T + t] = tokens[s + t + 1];
    }
  });
  return { x, y };
}

export interface ScoredModel {
  name: string;
  model: TransformerLM;
  /** Give it the retrieved neighbours (RETRO[On]); false for the baseline and RETRO[Off]. */
  retrieval: boolean;
}

export interface WindowScores {
  /** Per-target losses [W*T], nats, per model name. */
  losses: Record<string, Float32Array>;
  /** r(C) of chunks c = 1..L-1 of every window: [W, L-1]. */
  overlap: Float32Array;
  windows: number;
  seqLen: number;
  chunk: number;
  /** Search time per query chunk, ms, and queries made. */
  msPerQuery: number;
  queries: number;
}

export interface EvalOptions {
  k: number;
  /** Search only the first `limit` database entries. */
  limit?: number;
  batch: number;
}

export async function scoreWindows(
  db: ChunkDatabase,
  tokens: ArrayLike<number>,
  docs: ArrayLike<number>,
  starts: readonly number[],
  T: number,
  models: readonly ScoredModel[],
  opts: EvalOptions,
  signal?: AbortSignal,
): Promise<WindowScores> {
  const m = db.m, L = Math.floor(T / m), W = starts.length;
  const losses: Record<string, Float32Array> = {};
  for (const s of models) losses[s.name] = new Float32Array(W * T);
  const overlap = new Float32Array(W * (L - 1));
  const needRetrieval = models.some((s) => s.retrieval);
  let ms = 0, queries = 0;
  for (let w0 = 0; w0 < W; w0 += opts.batch) {
    if (signal?.aborted) break;
    const batch = starts.slice(w0, w0 + opts.batch);
    const B = batch.length;
    const { x, y } = windowsAt(tokens, batch, T);
    const ret = needRetrieval ? await db.retrieve(tokens, docs, batch, T, opts.k, opts.limit) : null;
    if (ret) {
      ms += ret.ms;
      queries += B * L;
      const r = ret.r, k = ret.k;
      for (let b = 0; b < B; b++) {
        for (let c = 1; c < L; c++) {
          const chunk = x.subarray(b * T + c * m, b * T + (c + 1) * m);
          const nbs: Int32Array[] = [];
          for (let j = 0; j < k; j++) if (ret.indices[(b * L + c - 1) * k + j] >= 0) nbs.push(ret.neighbours.subarray(((b * L + c - 1) * k + j) * r, ((b * L + c - 1) * k + j + 1) * r));
          overlap[(w0 + b) * (L - 1) + c - 1] = chunkOverlap(chunk, nbs);
        }
      }
    }
    for (const s of models) {
      const nb = s.retrieval && ret ? { data: ret.neighbours, shape: [B, L, ret.k, ret.r] as [number, number, number, number] } : undefined;
      losses[s.name].set(await tokenLosses(s.model, x, y, B, T, nb), w0 * T);
    }
  }
  return { losses, overlap, windows: W, seqLen: T, chunk: m, msPerQuery: queries > 0 ? ms / queries : 0, queries };
}

/** Mean bits per character of a loss array. */
export function bpcOf(losses: Float32Array): number {
  let s = 0;
  for (const v of losses) s += v;
  return s / losses.length / Math.LN2;
}

/** Per-chunk losses (chunks 1..L-1 of each window) for the leakage metric. */
export function chunkLosses(scores: WindowScores, name: string): ChunkLosses {
  const { windows: W, seqLen: T, chunk: m } = scores;
  const L = Math.floor(T / m);
  const loss = new Float32Array(W * (L - 1));
  const tokens = new Float32Array(W * (L - 1)).fill(m);
  const l = scores.losses[name];
  for (let w = 0; w < W; w++) {
    for (let c = 1; c < L; c++) {
      let s = 0;
      for (let t = c * m - 1; t < c * m + m - 1; t++) s += l[w * T + t];
      loss[w * (L - 1) + c - 1] = s;
    }
  }
  return { loss, tokens, overlap: scores.overlap };
}
