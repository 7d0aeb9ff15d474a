/**
 * Greedy decoding: repeatedly append the most likely next token. The context
 * is the last seqLen tokens, so prompts of any length work. Each step runs one
 * forward pass inside a tidy and reads back a single token id with `await
 * data()` (never a synchronous read, which stalls or loses a WebGPU device).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TransformerLM } from './model';

export interface GenerateOptions {
  /** Stop after emitting this token id (it is included in the output). */
  stopToken?: number;
  /** Checked before every step; an aborted signal ends decoding early. */
  signal?: AbortSignal;
}

/** Up to `maxNewTokens` greedily decoded token ids following `prompt` (the prompt itself is not returned). */
export async function generate(
  model: TransformerLM,
  prompt: ArrayLike<number>,
  maxNewTokens: number,
  opts: GenerateOptions = {},
): Promise<number[]> {
  if (prompt.length < 1) throw new RangeError('generate needs a prompt of at least one token');
  const seq = Array.from(prompt);
  const out: number[] = [];
  for (let i = 0; i < maxNewTokens; i++) {
    if (opts.signal?.aborted) break;
    const ctx = seq.slice(Math.max(0, seq.length - model.cfg.seqLen));
    const T = ctx.length;
    const next = tf.tidy(() => {
      const logits = model.logits(tf.tensor2d(ctx, [1, T], 'int32')); // [1, T, V]
      return tf.argMax(tf.reshape(tf.slice(logits, [0, T - 1, 0], [1, 1, -1]), [-1])); // []
    });
    const id = (await next.data())[0];
    next.dispose();
    seq.push(id);
    out.push(id);
    if (id === opts.stopToken) break;
  }
  return out;
}
