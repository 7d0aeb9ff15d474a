/**
 * The live IsoFLOP sweep (Hoffmann et al. 2022, arXiv 2203.15556, Section 3):
 * every planned run (sweepPlan.ts) trains a fresh tiny LM on exactly its token
 * budget (trainRun.ts), on one corpus, one data order and one held-out set for
 * all. Then Approaches 1-3 and their bootstrap intervals (analysis.ts).
 *
 * The plan comes first; each run starts a segment and reports a metrics row
 * per step, the step counter running across runs; the cumulative run records
 * follow each run, and the analysis closes the sweep.
 */
import { ExperimentError, defineExperiment, type RunEvent } from '../../core/experiment';
import { makeCorpus, splitTrainVal } from '../../core/corpus';
import type { Rng } from '../../core/rng';
import type { Recording } from '../../core/runner/RunRecorder';
import { VAL_FRACTION } from '../../core/train/evalDefaults';
import type { SweepRun } from './approaches';
import { analyseSweep, type SweepAnalysis } from './analysis';
import { chinchillaSchema, type ChinchillaParams } from './params';
import { chinchillaPresets } from './presets';
import { planSweep, type PlannedRun, type SweepPlan } from './sweepPlan';
import { stepEvents, trainRun, type RunOutcome } from './trainRun';

/** One finished run: what the approaches need, plus its shape. */
export interface SweepRunRecord extends SweepRun {
  index: number;
  /** Index of the run's budget in SweepPlan.budgets (an index, not FLOPs: that is C; the name is stored in recorded runs). */
  budget: number;
  rung: number;
  dModel: number;
  nLayers: number;
  nHeads: number;
  steps: number;
  /** Passes over the training split. */
  epochs: number;
  clamped: boolean;
}

export interface ChinchillaArtifacts {
  plan: SweepPlan;
  /** Finished runs so far, in training order. */
  runs: SweepRunRecord[];
  analysis: SweepAnalysis;
}

/**
 * A training step's row: loss and learning rate, the run it belongs to (plan
 * index) with its size and tokens so far, and its throughput (tokens/s, model
 * FLOP/s at 6N per token).
 */
export type ChinchillaMetric = 'loss' | 'lr' | 'run' | 'N' | 'tokens' | 'tokensPerSec' | 'modelFlopsPerSec';

export type ChinchillaRecording = Recording<ChinchillaArtifacts, ChinchillaMetric>;
type ChinchillaEvent = RunEvent<ChinchillaArtifacts, ChinchillaMetric>;

/**
 * Corpus, training split and the held-out text, all from the seed. Every run
 * scores the same windows from its start: the first evalBatches × EVAL_BATCH.
 */
export function sweepData(p: Pick<ChinchillaParams, 'corpusTokens' | 'seqLen'>, rng: Rng): { train: Uint8Array; evalTokens: Uint8Array } {
  const corpus = makeCorpus({ totalTokens: p.corpusTokens }, rng.fork('data'));
  const { train, val } = splitTrainVal(corpus.tokens, VAL_FRACTION);
  if (val.length < p.seqLen + 1 || train.length < p.seqLen + 2) {
    throw new ExperimentError(`corpus of ${p.corpusTokens} tokens is too small for context length ${p.seqLen}`);
  }
  return { train, evalTokens: val };
}

export function record(r: PlannedRun, out: RunOutcome, trainTokens: number): SweepRunRecord {
  return {
    N: out.N, C: r.C, D: r.tokens, finalLoss: out.finalLoss, curve: out.curve,
    index: r.index, budget: r.budget, rung: r.rung,
    dModel: r.config.dModel, nLayers: r.config.nLayers, nHeads: r.config.nHeads,
    steps: r.steps, epochs: r.tokens / trainTokens, clamped: r.clamped,
  };
}

export function planOrExplain(params: ChinchillaParams): SweepPlan {
  try {
    return planSweep(params);
  } catch (err) {
    throw new ExperimentError(err instanceof Error ? err.message : String(err));
  }
}

const sci = (x: number): string => x.toExponential(1);

export const chinchillaExperiment = defineExperiment<ChinchillaArtifacts, ChinchillaMetric>()({
  schema: chinchillaSchema,
  presets: chinchillaPresets,
  run: async function* (params, ctx) {
    const plan = planOrExplain(params);
    yield { kind: 'artifact', name: 'plan', data: plan };
    const { train, evalTokens } = sweepData(params, ctx.rng);
    const tokensPerStep = params.batchSize * params.seqLen;
    const records: SweepRunRecord[] = [];
    let done = 0;
    for (const r of plan.runs) {
      if (ctx.signal.aborted) return;
      const label = `run ${r.index + 1} of ${plan.runs.length}: N = ${r.N}, C = ${sci(r.C)} FLOPs`;
      yield { kind: 'progress', done, total: plan.totalSteps, label };
      yield { kind: 'segment', label: `N = ${r.N}, C = ${sci(r.C)}` };
      const run = trainRun({
        config: r.config, steps: r.steps, batchSize: params.batchSize, lr: params.lr,
        warmup: params.warmup, train, evalTokens, evalBatches: params.evalBatches,
        modelRng: ctx.rng.fork(`model.${r.rung}`), dataRng: ctx.rng.fork('batches'), signal: ctx.signal, live: () => ctx.live(),
      });
      const out = yield* stepEvents(run, (s): ChinchillaEvent[] => {
        done++;
        // Throughput of this step, read back included: tokens/s and model FLOP/s at 6N per token.
        const tokensPerSec = tokensPerStep / (s.ms / 1000);
        return [
          { kind: 'metrics', step: done, values: { loss: s.loss, lr: s.lr, run: r.index, N: r.N, tokens: (s.step + 1) * tokensPerStep, tokensPerSec, modelFlopsPerSec: 6 * r.N * tokensPerSec } },
          { kind: 'progress', done, total: plan.totalSteps, label },
        ];
      });
      if (!out) return;
      records.push(record(r, out, train.length));
      yield { kind: 'artifact', name: 'runs', data: [...records] };
    }
    yield { kind: 'progress', done, total: plan.totalSteps, label: 'fitting Approaches 1-3' };
    const { grid, resamples } = ctx.live();
    const analysis = analyseSweep(records, { rng: ctx.rng.fork('analysis'), grid, resamples });
    yield { kind: 'artifact', name: 'analysis', data: analysis };
    yield { kind: 'progress', done, total: plan.totalSteps, label: 'done' };
  },
});
