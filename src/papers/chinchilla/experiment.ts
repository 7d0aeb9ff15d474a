/**
 * The live IsoFLOP sweep (Hoffmann et al. 2022, arXiv 2203.15556, Section 3):
 * every planned run (sweepPlan.ts) trains a fresh tiny LM on exactly its token
 * budget, with a cosine schedule whose cycle is that run's own length
 * (Section 3.1, Appendix B: a cycle overshooting the run by > 25% hurts), on
 * one corpus, one data order and one held-out set for all. Then Approaches 1-3
 * and their bootstrap intervals (analysis.ts).
 *
 * Events: `progress` in training steps over the whole sweep, `metrics` per
 * step (the step counter runs across runs), artifact `plan` at the start,
 * `runs` (cumulative SweepRunRecord[]) after each run, `analysis` at the end.
 */
import { ExperimentError, type Experiment, type RunEvent } from '../../core/experiment';
import { batchSampler, makeCorpus, splitTrainVal } from '../../core/corpus';
import { AdamW, TransformerLM, evaluate, learningRate, type CosineSchedule, type LMConfig } from '../../core/lm';
import { EVAL_BATCH, VAL_FRACTION } from '../../core/train/evalDefaults';
import { lmStep } from '../../core/train/lmStep';
import { trainLoop } from '../../core/train/trainLoop';
import type { Rng } from '../../core/rng';
import type { CurvePoint, SweepRun } from './approaches';
import { analyseSweep } from './analysis';
import type { ChinchillaParams } from './params';
import { planSweep, type PlannedRun, type SweepPlan } from './sweepPlan';

/** Points on each run's training curve (Approach 1), geometric in steps. */
export const CURVE_POINTS = 16;
/** Global gradient-norm clip (Gopher's 1.0, as core/lm/train.ts notes). */
const CLIP_NORM = 1;

export interface RunSetup {
  config: LMConfig;
  steps: number;
  batchSize: number;
  lr: number;
  warmup: number;
  train: Uint8Array;
  evalTokens: Uint8Array;
  evalBatches: number;
  /**
   * The sweep's live settings (RunContext.live), read afresh at each step (peak
   * learning rate, warm-up) and at the closing evaluation (eval batches);
   * without it the values above hold for the whole run.
   */
  live?: () => LiveRunSettings;
  /** Initialises the model. */
  modelRng: Rng;
  /** Draws the batches; the same stream for every run gives every run the same data order. */
  dataRng: Rng;
  signal: AbortSignal;
}

/** What a running sweep may change between two steps of a run. */
export type LiveRunSettings = Pick<ChinchillaParams, 'lr' | 'warmup' | 'evalBatches'>;

export interface StepInfo {
  /** 0-based optimiser step within the run. */
  step: number;
  loss: number;
  lr: number;
  /** Wall time of the step, loss read back included. */
  ms: number;
}

export interface RunOutcome {
  N: number;
  finalLoss: number;
  curve: CurvePoint[];
}

/** The run's schedule: warm-up capped at a quarter of the run, cosine down 10× over exactly `steps`. */
export function runSchedule(lr: number, warmup: number, steps: number): CosineSchedule {
  return { lr, warmupSteps: Math.min(warmup, Math.floor(steps / 4)), totalSteps: steps, minRatio: 0.1 };
}

/**
 * Training curve from per-step losses: Gaussian-smoothed (the paper smooths
 * with a 10-step window; ours runs are shorter, so sigma = steps / 50 within
 * [1, 10]), sampled at CURVE_POINTS steps geometric from steps / 20 to the end.
 * Point s has seen s · tokensPerStep tokens and 6 N of FLOPs per token.
 */
export function trainingCurve(losses: readonly number[], N: number, tokensPerStep: number): CurvePoint[] {
  const n = losses.length;
  const sigma = Math.min(10, Math.max(1, n / 50));
  const reach = Math.ceil(2 * sigma);
  const smooth = (i: number): number => {
    let sum = 0, weight = 0;
    for (let j = Math.max(0, i - reach); j <= Math.min(n - 1, i + reach); j++) {
      const w = Math.exp(-0.5 * ((j - i) / sigma) ** 2);
      sum += w * losses[j];
      weight += w;
    }
    return sum / weight;
  };
  const first = Math.max(1, Math.ceil(n / 20));
  const at = new Set<number>();
  for (let k = 0; k < CURVE_POINTS; k++) at.add(Math.round(first * (n / first) ** (k / (CURVE_POINTS - 1))));
  return [...at].sort((p, q) => p - q).map((s) => {
    const tokens = s * tokensPerStep;
    return { tokens, flops: 6 * N * tokens, loss: smooth(s - 1) };
  });
}

/**
 * Trains one model for exactly `steps` steps, yielding each step; returns the
 * final held-out loss and the curve, or null when aborted. Model and optimiser
 * are disposed in `finally`, so a generator closed early leaks nothing.
 */
export async function* trainRun(s: RunSetup): AsyncGenerator<StepInfo, RunOutcome | null, void> {
  const model = new TransformerLM(s.config, s.modelRng);
  const opt = new AdamW(model.params);
  try {
    const next = batchSampler(s.train, s.batchSize, s.config.seqLen, s.dataRng);
    const losses: number[] = [];
    for await (const st of trainLoop({
      steps: s.steps,
      signal: s.signal,
      live: () => s.live?.() ?? s,
      lr: (step, now) => learningRate(step, runSchedule(now.lr, now.warmup, s.steps)),
      step: lmStep(model, opt, { batch: next, clipNorm: () => CLIP_NORM }),
    })) {
      losses.push(st.loss);
      yield { step: st.step, loss: st.loss, lr: st.lr, ms: st.ms };
    }
    if (s.signal.aborted) return null;
    const N = model.paramCount();
    const ev = await evaluate(model, s.evalTokens, { batchSize: EVAL_BATCH, maxBatches: (s.live?.() ?? s).evalBatches });
    return { N, finalLoss: ev.loss, curve: trainingCurve(losses, N, s.batchSize * s.config.seqLen) };
  } finally {
    model.dispose();
    opt.dispose();
  }
}

/** One finished run: what the approaches need, plus its shape. */
export interface SweepRunRecord extends SweepRun {
  index: number;
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

export const chinchillaSweep: Experiment<ChinchillaParams> = async function* (params, ctx): AsyncGenerator<RunEvent, void, void> {
  const plan = planOrExplain(params);
  yield { kind: 'artifact', name: 'plan', data: plan };
  const { train, evalTokens } = sweepData(params, ctx.rng);
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
    let out: RunOutcome | null;
    try {
      for (;;) {
        const it = await run.next();
        if (it.done) {
          out = it.value;
          break;
        }
        done++;
        const tokensPerStep = params.batchSize * params.seqLen;
        const tokens = (it.value.step + 1) * tokensPerStep;
        // Throughput of this step, read back included: tokens/s and model FLOP/s at 6N per token.
        const tokensPerSec = tokensPerStep / (it.value.ms / 1000);
        yield {
          kind: 'metrics', step: done,
          values: { loss: it.value.loss, lr: it.value.lr, run: r.index, N: r.N, tokens, tokensPerSec, modelFlopsPerSec: 6 * r.N * tokensPerSec },
        };
        yield { kind: 'progress', done, total: plan.totalSteps, label };
      }
    } finally {
      await run.return(null);
    }
    if (!out) return;
    records.push(record(r, out, train.length));
    yield { kind: 'artifact', name: 'runs', data: [...records] };
  }
  yield { kind: 'progress', done, total: plan.totalSteps, label: 'fitting Approaches 1-3' };
  const { grid, resamples } = ctx.live();
  const analysis = analyseSweep(records, { rng: ctx.rng.fork('analysis'), grid, resamples });
  yield { kind: 'artifact', name: 'analysis', data: analysis };
  yield { kind: 'progress', done, total: plan.totalSteps, label: 'done' };
};
