import { initNodeBackend } from '../src/core/backend/nodeBackend';
import { makeCorpus, batchSampler, VOCAB_SIZE } from '../src/core/corpus';
import { TransformerLM, AdamW, trainStep, countParams, evaluate, type LMConfig } from '../src/core/lm';
import { Rng } from '../src/core/rng';

export async function main(): Promise<number> {
  await initNodeBackend('wasm');
  const corpus = makeCorpus({ totalTokens: 100000 }, new Rng(1));
  const out: string[] = [];
  for (const [E, L, H, B, T] of [[8,1,1,8,32],[8,1,1,16,32],[8,1,1,32,32],[16,1,1,16,32],[24,1,1,16,32],[32,1,2,16,32],[32,2,2,16,32],[48,2,2,16,32],[16,1,1,4,32]]) {
    const cfg: LMConfig = { vocabSize: VOCAB_SIZE, seqLen: T, dModel: E, nLayers: L, nHeads: H, ffnRatio: 4, norm: 'layernorm', positions: 'learned' };
    const m = new TransformerLM(cfg, new Rng(2));
    const opt = new AdamW(m.params);
    const next = batchSampler(corpus.tokens, B, T, new Rng(3));
    for (let i = 0; i < 3; i++) { const l = trainStep(m, opt, next(), 1e-3); await l.data(); l.dispose(); }
    const t0 = performance.now();
    const n = 15;
    for (let i = 0; i < n; i++) { const l = trainStep(m, opt, next(), 1e-3); await l.data(); l.dispose(); }
    const ms = (performance.now() - t0) / n;
    const t1 = performance.now();
    await evaluate(m, corpus.tokens.subarray(0, 20000), { batchSize: 32, maxBatches: 4 });
    const ev = performance.now() - t1;
    const N = countParams(cfg).total;
    out.push(`E${E} L${L} B${B} T${T} N=${N} ${ms.toFixed(1)} ms/step  ${(6*N*B*T/ms/1e6).toFixed(2)} GFLOP/s(6N) eval4x32 ${ev.toFixed(0)}ms`);
    m.dispose(); opt.dispose();
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
