import { initNodeBackend } from '../src/core/backend/nodeBackend';
import { defaultsOf } from '../src/core/params/schema';
import { driveExperiment } from '../src/core/runner/driveExperiment';
import { RunControl } from '../src/core/runner/RunControl';
import { chinchillaSchema } from '../src/papers/chinchilla/params';
import { chinchillaSweep, type SweepRunRecord } from '../src/papers/chinchilla/experiment';
import type { SweepAnalysis } from '../src/papers/chinchilla/analysis';

export async function main(args: string[]): Promise<number> {
  const tf = await initNodeBackend('wasm');
  const p = { ...defaultsOf(chinchillaSchema), ...JSON.parse(args[0] ?? '{}') };
  const seed = Number(args[1] ?? 1);
  let runs: SweepRunRecord[] = [];
  let analysis: SweepAnalysis | undefined;
  const t0 = performance.now();
  let lastN = 0;
  const times: number[] = [];
  const final = await driveExperiment({
    experiment: chinchillaSweep, params: p, seed, tf, backend: 'wasm', control: new RunControl(), flushMs: 1000,
    onBatch: (b) => {
      const r = b.artifacts.runs as SweepRunRecord[] | undefined;
      if (r) { if (r.length > lastN) { times.push(performance.now()); lastN = r.length; } runs = r; }
      analysis = (b.artifacts.analysis as SweepAnalysis | undefined) ?? analysis;
    },
  });
  const w = (performance.now() - t0) / 1000;
  const out: string[] = [`state=${final.state} ${final.message ?? ''} wall=${w.toFixed(1)}s tensors ${final.tensorsAtFirstStep}/${final.tensorsAtLastStep}`];
  for (const r of runs) out.push(`b${r.budget} C=${r.C.toExponential(1)} E=${r.dModel} N=${r.N} steps=${r.steps} tpp=${(r.D/r.N).toFixed(1)} final=${r.finalLoss.toFixed(4)} curveEnd=${r.curve[r.curve.length-1].loss.toFixed(4)} ep=${r.epochs.toFixed(2)}`);
  if (analysis) {
    for (const k of ['approach1', 'approach2', 'approach3'] as const) {
      const o = analysis[k];
      out.push(`${k}: a=${o.result?.a.toFixed(3)} b=${o.result?.b.toFixed(3)} int=${JSON.stringify(o.intervals ? [o.intervals.a, o.intervals.failed] : null)} err=${o.error}`);
    }
    const a2 = analysis.approach2.result;
    if (a2) for (const pr of a2.profiles) out.push(`  profile C=${pr.C.toExponential(1)} Nopt=${pr.N.toFixed(0)} loss=${pr.loss.toFixed(4)} out=${pr.outsideRange} down=${pr.opensDown}`);
    const l = analysis.approach3.result?.law;
    if (l) out.push(`  law E=${l.E.toFixed(3)} A=${l.A.toFixed(2)} B=${l.B.toFixed(2)} alpha=${l.alpha.toFixed(3)} beta=${l.beta.toFixed(3)}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
