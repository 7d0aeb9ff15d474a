/**
 * One model of the sweep trained on exactly its token budget (Hoffmann et al.
 * 2022, arXiv 2203.15556, Section 3.1, Appendix B): a cosine schedule whose
 * cycle is the run's own length (a cycle overshooting the run by > 25% hurts),
 * on the shared training split, then its held-out loss and its training
 * curve. The sweep (experiment.ts), its grid points (sweepGrid.ts) and claim
 * b's pair (frontierPair.ts) all train through it.
 */
import { batchSampler } from '../../core/corpus';
import { AdamW } from '../../core/nn/adamw';
import { TransformerLM, evaluate, type LMConfig } from '../../core/lm';
import { learningRate, type CosineSchedule } from '../../core/train/schedule';
import type { Rng } from '../../core/rng';
import { EVAL_BATCH } from '../../core/train/evalDefaults';
import { lmStep } from '../../core/train/lmStep';
import { trainLoop, type TrainStepInfo } from '../../core/train/trainLoop';
import type { CurvePoint } from './approaches';
import type { ChinchillaParams } from './params';

/** Points on each run's training curve (Approach 1), geometric in steps. */
export const CURVE_POINTS = 16;
/** Global gradient-norm clip (Gopher's 1.0, as core/lm/train.ts notes). */
const CLIP_NORM = 1;

/** What a running sweep may change between two steps of a run. */
export type LiveRunSettings = Pick<ChinchillaParams, 'lr' | 'warmup' | 'evalBatches'>;

/** Everything one run trains with; `lr`, `warmup` and `evalBatches` hold for the whole run unless `live` says otherwise. */
export interface TrainRunOptions extends LiveRunSettings {
  config: LMConfig;
  steps: number;
  batchSize: number;
  train: Uint8Array;
  evalTokens: Uint8Array;
  /**
   * The sweep's live settings (RunContext.live), read afresh at each step (peak
   * learning rate, warm-up) and at the closing evaluation (eval batches).
   */
  live?: () => LiveRunSettings;
  /** Initialises the model. */
  modelRng: Rng;
  /** Draws the batches; the same stream for every run gives every run the same data order. */
  dataRng: Rng;
  signal: AbortSignal;
}

export type RunStep = TrainStepInfo<LiveRunSettings>;

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
 * Trains one model for exactly `steps` steps through the one training loop,
 * yielding each step; returns the final held-out loss and the curve, or null
 * when aborted. Model and optimiser are disposed in `finally`, so a generator
 * closed early leaks nothing.
 */
export async function* trainRun(o: TrainRunOptions): AsyncGenerator<RunStep, RunOutcome | null, void> {
  const model = new TransformerLM(o.config, o.modelRng);
  const opt = new AdamW(model.weights);
  try {
    const next = batchSampler(o.train, o.batchSize, o.config.seqLen, o.dataRng);
    const losses: number[] = [];
    for await (const step of trainLoop({
      steps: o.steps,
      signal: o.signal,
      live: () => o.live?.() ?? o,
      lr: (s, now) => learningRate(s, runSchedule(now.lr, now.warmup, o.steps)),
      step: lmStep(model, opt, { batch: next, clipNorm: () => CLIP_NORM }),
    })) {
      losses.push(step.loss);
      yield step;
    }
    if (o.signal.aborted) return null;
    const N = model.paramCount();
    const ev = await evaluate(model, o.evalTokens, { batchSize: EVAL_BATCH, maxBatches: (o.live?.() ?? o).evalBatches });
    return { N, finalLoss: ev.loss, curve: trainingCurve(losses, N, o.batchSize * o.config.seqLen) };
  } finally {
    model.dispose();
    opt.dispose();
  }
}

/**
 * A run's steps as the caller's events, returning the run's outcome:
 * `const out = yield* stepEvents(trainRun(o), (step) => [metrics, progress])`.
 * Closing the caller early closes the run, which frees its model.
 */
export async function* stepEvents<E>(run: AsyncGenerator<RunStep, RunOutcome | null, void>, toEvents: (step: RunStep) => readonly E[]): AsyncGenerator<E, RunOutcome | null, void> {
  try {
    for (;;) {
      const it = await run.next();
      if (it.done) return it.value;
      yield* toEvents(it.value);
    }
  } finally {
    await run.return(null);
  }
}
