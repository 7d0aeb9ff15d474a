import { afterAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../backend/nodeBackend';
import { encode, makeCorpus, probes } from '../corpus';
import { Rng } from '../rng';
import { TransformerLM } from './model';
import { scoreContinuations } from './score';
import { SHAPE_A } from './testConfigs';

await initNodeBackend('wasm');

/** log p(answer | prompt) and greedy exactness from one unpadded forward pass. */
async function byHand(m: TransformerLM, prompt: Uint8Array, answer: Uint8Array): Promise<{ logLik: number; exact: boolean }> {
  const seq = Int32Array.from([...prompt, ...answer].slice(-SHAPE_A.seqLen));
  const logp = tf.tidy(() => tf.logSoftmax(m.logits(tf.tensor2d(seq, [1, seq.length], 'int32'))));
  const d = (await logp.array())[0];
  logp.dispose();
  let logLik = 0;
  let exact = true;
  for (let k = 0; k < answer.length; k++) {
    const t = seq.length - answer.length + k - 1;
    logLik += d[t][answer[k]];
    if (d[t].indexOf(Math.max(...d[t])) !== answer[k]) exact = false;
  }
  return { logLik, exact };
}

describe('scoreContinuations', () => {
  const model = new TransformerLM(SHAPE_A, new Rng(8));
  afterAll(() => model.dispose());
  const corpus = makeCorpus({ totalTokens: 20_000 }, new Rng(1));

  it('matches an unpadded per-item computation, for batched, padded and truncated probes', async () => {
    const items = [...probes(corpus, 'fact', 3, new Rng(1)), ...probes(corpus, 'copy', 3, new Rng(2)), ...probes(corpus, 'multistep', 3, new Rng(3))]
      .map((p) => ({ prompt: encode(p.prompt), answer: encode(p.answer) }));
    expect(items.some((it) => it.prompt.length + it.answer.length > SHAPE_A.seqLen)).toBe(true);
    const scores = await scoreContinuations(model, items, 4);
    expect(scores.length).toBe(items.length);
    for (let i = 0; i < items.length; i++) {
      const h = await byHand(model, items[i].prompt, items[i].answer);
      expect(scores[i].logLik).toBeCloseTo(h.logLik, 3);
      expect(scores[i].perToken).toBeCloseTo(h.logLik / items[i].answer.length, 3);
      expect(scores[i].exact).toBe(h.exact);
      expect(scores[i].logLik).toBeLessThan(0);
    }
  });

  it('does not leak tensors', async () => {
    const before = tf.memory().numTensors;
    await scoreContinuations(model, [{ prompt: encode('|12+7='), answer: encode('19') }]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
