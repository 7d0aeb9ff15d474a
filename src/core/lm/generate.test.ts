import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../backend/nodeBackend';
import { Rng } from '../rng';
import { generate } from './generate';
import { TransformerLM } from './model';
import { SHAPE_B } from './testConfigs';

const tf = await initNodeBackend('wasm');

describe('generate', () => {
  const cfg = { ...SHAPE_B, seqLen: 16 };

  it('is deterministic, respects the length, the context window and the stop token, and leaks nothing', async () => {
    const model = new TransformerLM(cfg, new Rng(3));
    try {
      const before = tf.memory().numTensors;
      const prompt = Array.from({ length: 40 }, (_, i) => (i * 7) % cfg.vocabSize);
      const a = await generate(model, prompt, 12);
      const b = await generate(model, prompt, 12);
      expect(a).toHaveLength(12);
      expect(b).toEqual(a);
      for (const id of a) expect(id).toBeGreaterThanOrEqual(0);
      for (const id of a) expect(id).toBeLessThan(cfg.vocabSize);
      // Only the last seqLen tokens matter.
      expect(await generate(model, prompt.slice(-cfg.seqLen), 12)).toEqual(a);
      const stopped = await generate(model, prompt, 12, { stopToken: a[2] });
      expect(stopped[stopped.length - 1]).toBe(a[2]);
      expect(stopped.length).toBeLessThanOrEqual(3);
      const ac = new AbortController();
      ac.abort();
      expect(await generate(model, prompt, 5, { signal: ac.signal })).toEqual([]);
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      model.dispose();
    }
  });

  it('matches argmax of the full forward pass', async () => {
    const model = new TransformerLM(cfg, new Rng(4));
    try {
      const prompt = [1, 2, 3, 4, 5];
      const [first] = await generate(model, prompt, 1);
      const logits = tf.tidy(() => model.logits(tf.tensor2d(prompt, [1, 5], 'int32')));
      const row = Array.from(logits.dataSync()).slice(4 * cfg.vocabSize);
      logits.dispose();
      expect(first).toBe(row.indexOf(Math.max(...row)));
    } finally {
      model.dispose();
    }
  });
});
