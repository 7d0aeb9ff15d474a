import { initNodeBackend } from '../src/core/backend/nodeBackend';
import { makeCorpus, batchSampler, VOCAB_SIZE } from '../src/core/corpus';
import { TransformerLM, AdamW, trainStep, countParams, type LMConfig } from '../src/core/lm';
import { Rng } from '../src/core/rng';

export async function main(): Promise<number> {
  const tf = await initNodeBackend('wasm');
  const corpus = makeCorpus({ totalTokens: 200000 }, new Rng(1));
  const out: string[] = [];
  for (const [E, L, H, B, T] of [[8,1,1,8,32],[16,1,1,8,32],[32,2,2,8,32],[32,2,2,16,64],[64,2,4,16,64],[64,4,4,16,64],[96,4,4,16,64],[128,4,4,16,64]]) {
    const cfg: LMConfig = { vocabSize: VOCAB_SIZE, seqLen: T, dModel: E, nLayers: L, nHeads: H, ffnRatio: 4, norm: 'layernorm', positions: 'learned' };
    const m = new TransformerLM(cfg, new Rng(2));
    const opt = new AdamW(m.params);
    const next = batchSampler(corpus.tokens, B, T, new Rng(3));
    for (let i = 0; i < 3; i++) { const l = trainStep(m, opt, next(), 1e-3); await l.data(); l.dispose(); }
    const t0 = performance.now();
    const n = 20;
    for (let i = 0; i < n; i++) { const l = trainStep(m, opt, next(), 1e-3); await l.data(); l.dispose(); }
    const ms = (performance.now() - t0) / n;
    const N = countParams(cfg).total;
    out.push(`E${E} L${L} B${B} T${T} N=${N} ${ms.toFixed(1)} ms/step  ${(6*N*B*T/ms/1e6).toFixed(2)} GFLOP/s(6N)`);
    m.dispose(); opt.dispose();
  }
  process.stdout.write(out.join('\n') + '\n' + tf.memory().numTensors + '\n');
  return 0;
}
