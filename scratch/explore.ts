import { initNodeBackend } from '../src/core/backend/nodeBackend';
import { defaultsOf } from '../src/core/params/schema';
import { Rng } from '../src/core/rng';
import { chinchillaSchema } from '../src/papers/chinchilla/params';
import { trainRun, sweepData } from '../src/papers/chinchilla/experiment';
import { lmConfig } from '../src/papers/chinchilla/sweepPlan';
import { countParams } from '../src/core/lm';

export async function main(args: string[]): Promise<number> {
  await initNodeBackend('wasm');
  const spec = JSON.parse(args[0]);
  const base = { ...defaultsOf(chinchillaSchema), ...spec.base };
  const rng = new Rng(1);
  const { train, evalTokens } = sweepData(base, rng);
  const ac = new AbortController();
  for (const v of spec.variants) {
    const p = { ...base, ...v };
    const cfg = lmConfig(p, p.width);
    const N = countParams(cfg).total;
    const steps = Math.max(4, Math.round(p.C / (6 * N * p.batchSize * p.seqLen)));
    const t0 = performance.now();
    const gen = trainRun({ config: cfg, steps, batchSize: p.batchSize, lr: p.lr, warmup: p.warmup, train, evalTokens, evalBatches: p.evalBatches, modelRng: rng.fork('m'), dataRng: rng.fork('b'), signal: ac.signal });
    let r; for (;;) { r = await gen.next(); if (r.done) break; }
    const o = r.value!;
    process.stdout.write(`${JSON.stringify(v)} N=${N} steps=${steps} tpp=${(steps*p.batchSize*p.seqLen/N).toFixed(1)} loss=${o.finalLoss.toFixed(4)} t=${((performance.now()-t0)/1000).toFixed(1)}s\n`);
  }
  return 0;
}
