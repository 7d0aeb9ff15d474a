/**
 * Scoring continuations, for task probes: the log-likelihood of an answer
 * given a prompt, and whether greedy decoding would produce it exactly. With
 * teacher forcing, greedy decoding reproduces the answer iff the argmax at
 * every answer position is the answer's token, so one forward pass does both.
 * Sequences are right-padded; causal attention keeps the padding from
 * affecting earlier positions.
 */
import * as tf from '@tensorflow/tfjs-core';
import { oneHotFloat } from './embedding';
import type { TransformerLM } from './model';

export interface Continuation {
  prompt: ArrayLike<number>;
  answer: ArrayLike<number>;
}

export interface ContinuationScore {
  /** log p(answer | prompt), nats, summed over the answer's tokens. */
  logLik: number;
  /** logLik / answer length: mean log-likelihood per character. */
  perToken: number;
  /** Greedy decoding would emit the answer exactly. */
  exact: boolean;
}

/**
 * Scores each item. When prompt + answer exceeds seqLen the prompt loses its
 * leading tokens; the answer must fit in seqLen - 1 tokens.
 */
export async function scoreContinuations(model: TransformerLM, items: readonly Continuation[], batchSize = 32): Promise<ContinuationScore[]> {
  const Tmax = model.cfg.seqLen;
  const V = model.cfg.vocabSize;
  const out: ContinuationScore[] = [];
  for (let i0 = 0; i0 < items.length; i0 += batchSize) {
    const batch = items.slice(i0, i0 + batchSize).map((it) => {
      if (it.answer.length < 1 || it.answer.length >= Tmax) throw new RangeError(`answer length ${it.answer.length} must be in [1, seqLen)`);
      const seq = [...Array.from(it.prompt), ...Array.from(it.answer)];
      return { seq: seq.slice(Math.max(0, seq.length - Tmax)), nAnswer: it.answer.length };
    });
    const B = batch.length;
    const T = Math.max(...batch.map((b) => b.seq.length));
    const x = new Int32Array(B * T);
    const y = new Int32Array(B * T);
    batch.forEach((b, r) => {
      for (let t = 0; t < b.seq.length; t++) x[r * T + t] = b.seq[t];
      for (let t = 0; t + 1 < b.seq.length; t++) y[r * T + t] = b.seq[t + 1];
    });
    const [lp, am] = tf.tidy(() => {
      const logits = model.logits(tf.tensor2d(x, [B, T], 'int32')); // [B, T, V]
      const logp = tf.logSoftmax(logits); // [B, T, V]
      const oh = oneHotFloat(tf.tensor2d(y, [B, T], 'int32'), V); // [B, T, V]
      return [tf.sum(tf.mul(logp, oh), -1), tf.argMax(logits, -1)]; // [B, T], [B, T]
    });
    const [lpv, amv] = await Promise.all([lp.data(), am.data()]);
    tf.dispose([lp, am]);
    batch.forEach((b, r) => {
      let logLik = 0;
      let exact = true;
      for (let t = b.seq.length - 1 - b.nAnswer; t < b.seq.length - 1; t++) {
        logLik += lpv[r * T + t];
        if (amv[r * T + t] !== y[r * T + t]) exact = false;
      }
      out.push({ logLik, perToken: logLik / b.nAnswer, exact });
    });
  }
  return out;
}
