/**
 * The IsoFLOP sweep (experiment.ts) as a grid of independent points for
 * `npm run sweep`: point i is planned run i (sweepPlan.ts). It trains with the
 * same random streams as the one-process experiment (data from fork 'data',
 * the model from fork `model.<rung>`, batches from fork 'batches'), so each
 * point's losses are the experiment's, bit for bit on the same backend. The
 * merge replays the experiment's events: a metrics row per step with the step
 * counter running across runs, the `plan`, the `runs` in plan order, and the
 * Approaches 1-3 `analysis` once every run is in.
 */
import { ExperimentError } from '../../core/experiment';
import { Rng } from '../../core/rng';
import { nonFiniteMessage } from '../../core/runner/driveExperiment';
import type { MetricRow } from '../../core/runner/RunRecorder';
import { bindSweep, type SweepGrid } from '../../core/sweep/grid';
import { analyseSweep } from './analysis';
import type { CurvePoint } from './approaches';
import { chinchillaExperiment, planOrExplain, record, sweepData, type SweepRunRecord } from './experiment';
import type { ChinchillaParams } from './params';
import { trainRun, type RunOutcome } from './trainRun';

/** One trained run: its record and, per optimiser step, loss, learning rate and wall time (ms). */
export interface ChinchillaPointResult {
  run: SweepRunRecord;
  steps: { loss: number; lr: number; ms: number }[];
}

const sci = (x: number): string => x.toExponential(1);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function checkCurve(x: unknown): CurvePoint[] {
  if (!Array.isArray(x)) throw new ExperimentError('curve is not a list');
  return x.map((p) => {
    if (!isRecord(p) || !finite(p.tokens) || !finite(p.flops) || !finite(p.loss)) throw new ExperimentError('curve point malformed');
    return { tokens: p.tokens, flops: p.flops, loss: p.loss };
  });
}

/** A run record from a file or the wire, checked field by field. */
export function checkSweepRun(x: unknown): SweepRunRecord {
  if (!isRecord(x)) throw new ExperimentError('run record is not an object');
  const { N, C, D, finalLoss, curve, index, budget, rung, dModel, nLayers, nHeads, steps, epochs, clamped } = x;
  if (typeof clamped !== 'boolean' || !finite(N) || !finite(C) || !finite(D) || !finite(finalLoss) || !finite(index) || !finite(budget) || !finite(rung) ||
      !finite(dModel) || !finite(nLayers) || !finite(nHeads) || !finite(steps) || !finite(epochs)) {
    throw new ExperimentError('run record: a field is missing or not a finite number');
  }
  return { N, C, D, finalLoss, curve: checkCurve(curve), index, budget, rung, dModel, nLayers, nHeads, steps, epochs, clamped };
}

export const chinchillaGrid: SweepGrid<ChinchillaParams, ChinchillaPointResult> = {
  points(params) {
    return planOrExplain(params).runs.map((r) => ({ label: `run ${r.index + 1}: N = ${r.N}, C = ${sci(r.C)}`, cost: r.flops }));
  },

  async runPoint(params, seed, index, ctx) {
    const plan = planOrExplain(params);
    const r = plan.runs[index];
    const rng = new Rng(seed);
    // Every point of a sweep reads the same corpus: made once per worker process.
    const { train, evalTokens } = ctx.shared(`chinchilla.data:${seed}:${params.corpusTokens}:${params.seqLen}`, () => sweepData(params, rng));
    const offset = plan.runs.slice(0, index).reduce((s, q) => s + q.steps, 0);
    const run = trainRun({
      config: r.config, steps: r.steps, batchSize: params.batchSize, lr: params.lr,
      warmup: params.warmup, train, evalTokens, evalBatches: params.evalBatches,
      modelRng: rng.fork(`model.${r.rung}`), dataRng: rng.fork('batches'), signal: ctx.signal,
    });
    const steps: ChinchillaPointResult['steps'] = [];
    let out: RunOutcome | null;
    try {
      for (;;) {
        const it = await run.next();
        if (it.done) {
          out = it.value;
          break;
        }
        const { step, loss, lr, ms } = it.value;
        if (!Number.isFinite(loss)) throw new ExperimentError(nonFiniteMessage(offset + step + 1, 'loss', loss));
        steps.push({ loss, lr, ms });
        ctx.progress((step + 1) / r.steps);
        await ctx.checkpoint();
      }
    } finally {
      await run.return(null);
    }
    if (!out) throw new ExperimentError('the point was stopped');
    return { run: record(r, out, train.length), steps };
  },

  checkResult(x) {
    if (!isRecord(x) || !Array.isArray(x.steps)) throw new ExperimentError('a Chinchilla point result needs run and steps');
    const steps = x.steps.map((s) => {
      if (!isRecord(s) || !finite(s.loss) || !finite(s.lr) || !finite(s.ms)) throw new ExperimentError('a step of a Chinchilla point is malformed');
      return { loss: s.loss, lr: s.lr, ms: s.ms };
    });
    return { run: checkSweepRun(x.run), steps };
  },

  merge(params, seed, results) {
    const plan = planOrExplain(params);
    const tokensPerStep = params.batchSize * params.seqLen;
    const rows: MetricRow[] = [];
    const runs: SweepRunRecord[] = [];
    let offset = 0;
    for (const r of plan.runs) {
      const res = results.get(r.index);
      if (res) {
        res.steps.forEach((s, k) => {
          // The experiment's row for this step (experiment.ts), throughput included.
          const tokensPerSec = tokensPerStep / (s.ms / 1000);
          rows.push({
            step: offset + k + 1,
            values: { loss: s.loss, lr: s.lr, run: r.index, N: r.N, tokens: (k + 1) * tokensPerStep, tokensPerSec, modelFlopsPerSec: 6 * r.N * tokensPerSec },
          });
        });
        runs.push(res.run);
      }
      offset += r.steps;
    }
    const artifacts: Record<string, unknown> = { plan, runs };
    if (runs.length === plan.runs.length) {
      artifacts.analysis = analyseSweep(runs, { rng: new Rng(seed).fork('analysis'), grid: params.grid, resamples: params.resamples });
    }
    return { rows, artifacts };
  },

  timingMetrics: ['tokensPerSec', 'modelFlopsPerSec'],
};

export const chinchillaSweepGrid = bindSweep({ slug: 'chinchilla', ...chinchillaExperiment }, chinchillaGrid);
