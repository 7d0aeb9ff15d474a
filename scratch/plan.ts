import { defaultsOf } from '../src/core/params/schema';
import { chinchillaSchema } from '../src/papers/chinchilla/params';
import { planSweep } from '../src/papers/chinchilla/sweepPlan';

export async function main(args: string[]): Promise<number> {
  const p = { ...defaultsOf(chinchillaSchema), ...JSON.parse(args[0] ?? '{}') };
  const plan = planSweep(p);
  const lines = plan.runs.map((r) => `b${r.budget} C=${r.C.toExponential(2)} rung${r.rung} E=${r.config.dModel} H=${r.config.nHeads} N=${r.N} steps=${r.steps} D=${r.tokens} tpp=${(r.tokens/r.N).toFixed(1)}${r.clamped?' CLAMPED':''}`);
  // est time: ms/step ~ 12 + 6N*B*T/0.8e6
  const est = plan.runs.reduce((s, r) => s + r.steps * (12 + 6 * r.N * p.batchSize * p.seqLen / 0.8e6), 0) / 1000;
  process.stdout.write(lines.join('\n') + `\ntotalSteps=${plan.totalSteps} totalFlops=${plan.totalFlops.toExponential(2)} maxTokens=${plan.maxTokens} ratio=${plan.rungRatio.toFixed(2)} est=${est.toFixed(0)}s\n`);
  return 0;
}
