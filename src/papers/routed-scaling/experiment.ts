/**
 * The routed sweep (Clark et al. 2022, arXiv 2202.01169, Sec. 3): for each
 * seed and dense size, train the dense model, then the same model with its
 * FFNs split into E experts under each router, all on the same token budget
 * and data order; evaluate each on held-out text; fit Eq. 1 per router.
 *
 * The plan comes first; each model then starts a segment, reports a row per
 * training step and one evaluation row, and the cumulative results and fits
 * follow it. Progress counts training steps over the whole sweep.
 */
import * as tf from '@tensorflow/tfjs-core';
import { defineExperiment, ExperimentError, type MetricValues } from '../../core/experiment';
import { decode, DOC_SEP_ID, makeCorpus, splitTrainVal, batchSampler } from '../../core/corpus';
import { AdamW } from '../../core/nn/adamw';
import { countParams, evaluate } from '../../core/lm';
import { learningRate, type CosineSchedule } from '../../core/train/schedule';
import { VAL_FRACTION } from '../../core/train/evalDefaults';
import { trainLoop } from '../../core/train/trainLoop';
import type { Recording } from '../../core/runner/RunRecorder';
import { routedSchema, type RoutedParams } from './params';
import { routedPresets } from './presets';
import type { RouterKind } from './router';
import { routedModel, type RoutedModel } from './routedModel';
import { routedTrainStep } from './routedTrainStep';
import { routingContext } from './routingContext';
import { chosenRouters, lmConfig, sweepPlan, type PlannedRun } from './sweepPlan';
import { fitRouters, type RouterFit, type RunResult } from './sweepResults';

/**
 * Sequences per evaluation batch: 16, not core/train's 32. The schema's "eval
 * batches" counts batches of 16, and the claims and recorded runs were
 * measured on evalBatches × 16 held-out windows.
 */
const EVAL_BATCH = 16;

export interface LayerRouting {
  /** Share of the batch's tokens sent to each expert (before capacity). */
  load: number[];
  /** Share that overflowed capacity. */
  dropped: number;
}

export interface RoutingSnapshot {
  run: number;
  router: RouterKind;
  E: number;
  step: number;
  layers: LayerRouting[];
}

export interface TokenRoutes {
  run: number;
  router: RouterKind;
  E: number;
  width: number;
  text: string;
  /** Per layer, the expert of each character (greedy evaluation routing). */
  layers: number[][];
}

export interface RoutedArtifacts {
  /** Every model the sweep trains, in order: first, before any training. */
  plan: PlannedRun[];
  /** The latest training batch's expert load per layer (routed models). */
  routing: RoutingSnapshot;
  /** Every model finished so far. */
  results: RunResult[];
  /** Eq. 1 fitted per chosen router to the results so far. */
  fits: RouterFit[];
  /** The latest routed model's experts for each character of a held-out sentence. */
  tokenRoutes: TokenRoutes;
}

/**
 * A training row: loss (nats/char), lr, the model's index in the plan (`run`,
 * and `segment`, the same number, which stored runs are thinned by), E,
 * throughput, load balance and overflow; on routed rows `routingOverhead`
 * (the dense model of that size's tokens/s ÷ this model's). An evaluation row
 * after each model: run, segment, evalLoss (held-out nats/char).
 */
export type RoutedMetric = 'loss' | 'lr' | 'run' | 'segment' | 'E' | 'tokensPerSec' | 'balance' | 'dropped' | 'routingOverhead' | 'evalLoss';

/** A routed sweep as the panel, its plots, claims and tests read it. */
export type RoutedRecording = Recording<RoutedArtifacts, RoutedMetric>;

export function routedSchedule(p: Pick<RoutedParams, 'lr' | 'warmup' | 'steps'>): CosineSchedule {
  return { lr: p.lr, warmupSteps: Math.min(p.warmup, Math.floor(p.steps / 4)), totalSteps: p.steps, minRatio: 0.1 };
}

/** Largest expert's share × E: 1 when perfectly even, E when every token goes to one expert. */
export function maxOverMean(load: readonly number[]): number {
  const total = load.reduce((a, b) => a + b, 0);
  return total > 0 ? (Math.max(...load) * load.length) / total : 1;
}

async function readRouting(m: RoutedModel): Promise<LayerRouting[]> {
  const out: LayerRouting[] = [];
  for (const moe of m.moes) {
    const st = moe.lastStats();
    if (!st) continue;
    const v = Array.from(await st.loadAndDropped.data());
    out.push({ load: v.slice(0, moe.experts), dropped: v[moe.experts] });
  }
  return out;
}

async function routeSample(m: RoutedModel, ids: Int32Array): Promise<number[][]> {
  const logits = tf.tidy(() => {
    const x = tf.tensor2d(ids, [1, ids.length], 'int32');
    return m.model.logits(x, routingContext({ ids: x, train: false }));
  });
  logits.dispose();
  const layers: number[][] = [];
  for (const moe of m.moes) {
    const st = moe.lastStats();
    if (st) layers.push(Array.from(await st.expertOf.data()));
  }
  return layers;
}

/** The first seqLen characters of the held-out text after a document break. */
export function sampleWindow(val: Uint8Array, seqLen: number): Int32Array {
  const sep = val.indexOf(DOC_SEP_ID);
  const start = sep >= 0 && sep + 1 + seqLen <= val.length ? sep + 1 : 0;
  return Int32Array.from(val.subarray(start, start + seqLen));
}

export const routedExperiment = defineExperiment<RoutedArtifacts, RoutedMetric>()({
  schema: routedSchema,
  presets: routedPresets,
  run: async function* (params, ctx) {
    const routers = chosenRouters(params);
    if (routers.length === 0) throw new ExperimentError('Choose at least one router (S-BASE, RL-R, Hash or unbalanced top-1).');
    const corpus = makeCorpus({ totalTokens: params.corpusTokens }, ctx.rng.fork('data'));
    const { train, val } = splitTrainVal(corpus.tokens, VAL_FRACTION);
    if (val.length < params.seqLen + 1 || train.length < params.seqLen + 2) {
      throw new ExperimentError(`A corpus of ${params.corpusTokens} tokens is too small for context length ${params.seqLen}.`);
    }
    const sample = sampleWindow(val, params.seqLen);
    const plan = sweepPlan(params);
    yield { kind: 'artifact', name: 'plan', data: plan };

    const total = plan.length * params.steps;
    const tokensPerStep = params.batchSize * params.seqLen;
    const denseSpeed = new Map<string, number>();
    const results: RunResult[] = [];
    let done = 0;
    for (const run of plan) {
      if (ctx.signal.aborted) return;
      const label = `model ${run.index + 1} of ${plan.length}: d=${run.width}, E=${run.E}${run.router === 'dense' ? ' (dense)' : `, ${run.router}`}`;
      yield { kind: 'progress', done, total, label };
      const cfg = lmConfig(params, run.width);
      const router: RouterKind = run.router === 'dense' ? 'sbase' : run.router;
      const moeOpts = { experts: run.E, router, capacityFactor: params.capacityFactor, groupSize: params.groupSize, sinkhornIters: params.sinkhornIters, rlWeight: params.rlWeight };
      // Same initial attention/embeddings and data order for every model of a seed and size: paired comparisons.
      const m = routedModel(cfg, moeOpts, ctx.rng.fork(`init.${run.replica}.${run.width}`));
      const opt = new AdamW(m.model.params);
      const next = batchSampler(train, params.batchSize, params.seqLen, ctx.rng.fork(`batches.${run.replica}`));
      const noise = ctx.rng.fork(`route.${run.index}`);
      const late = Math.max(1, Math.ceil(params.steps / 4));
      let balanceSum = 0, droppedSum = 0, lateSteps = 0, speedSum = 0;
      let result: RunResult;
      try {
        yield { kind: 'segment', label };
        for await (const st of trainLoop({
          steps: params.steps,
          signal: ctx.signal,
          // Live settings, read afresh at every step: schedule, clip, capacity and the routers' balancing.
          live: () => ctx.live(),
          lr: (s, live) => learningRate(s, routedSchedule({ lr: live.lr, warmup: live.warmup, steps: params.steps })),
          beforeStep: (live) => m.tune(live),
          step: (lr, live) => routedTrainStep(m.model, opt, next(), lr, { router, experts: run.E, clipNorm: live.clipNorm, uniform: () => noise.next() }),
        })) {
          const tokensPerSec = tokensPerStep / Math.max(1e-6, st.ms / 1000);
          speedSum += tokensPerSec;
          const layers = await readRouting(m);
          const balance = layers.length ? Math.max(...layers.map((l) => maxOverMean(l.load))) : 1;
          const dropped = layers.length ? layers.reduce((a, l) => a + l.dropped, 0) / layers.length : 0;
          if (st.step >= params.steps - late) {
            balanceSum += balance;
            droppedSum += dropped;
            lateSteps++;
          }
          done++;
          const values: MetricValues<RoutedMetric> = { loss: st.loss, lr: st.lr, run: run.index, segment: run.index, E: run.E, tokensPerSec, balance, dropped };
          const dense = denseSpeed.get(`${run.replica}:${run.width}`);
          if (run.E > 1 && dense) values.routingOverhead = dense / tokensPerSec;
          yield { kind: 'metrics', step: done, values };
          if (layers.length) yield { kind: 'artifact', name: 'routing', data: { run: run.index, router, E: run.E, step: st.step + 1, layers } };
          yield { kind: 'progress', done, total, label };
        }
        if (ctx.signal.aborted) return;
        yield { kind: 'progress', done, total, label: `${label}: evaluating` };
        // Every model scores the first evalBatches × EVAL_BATCH windows of the held-out text.
        const ev = await evaluate(m.model, val, { batchSize: EVAL_BATCH, maxBatches: ctx.live().evalBatches, ctx: (ids) => routingContext({ ids, train: false }) });
        const evalLayers = await readRouting(m);
        const routes = m.moes.length ? await routeSample(m, sample) : null;
        if (ctx.signal.aborted) return;
        yield { kind: 'metrics', step: done, values: { run: run.index, segment: run.index, evalLoss: ev.loss } };
        if (run.E === 1) denseSpeed.set(`${run.replica}:${run.width}`, speedSum / params.steps);
        result = {
          index: run.index, replica: run.replica, sizeIndex: run.sizeIndex, width: run.width, E: run.E, router: run.router,
          N: countParams(cfg).total, params: m.model.paramCount(), evalLoss: ev.loss,
          balance: balanceSum / lateSteps, dropped: droppedSum / lateSteps,
          evalBalance: evalLayers.length ? Math.max(...evalLayers.map((l) => maxOverMean(l.load))) : 1,
          tokensPerSec: speedSum / params.steps,
        };
        if (routes) yield { kind: 'artifact', name: 'tokenRoutes', data: { run: run.index, router, E: run.E, width: run.width, text: decode(sample), layers: routes } };
      } finally {
        m.dispose();
        opt.dispose();
      }
      results.push(result);
      yield { kind: 'artifact', name: 'results', data: [...results] };
      yield { kind: 'artifact', name: 'fits', data: fitRouters(results, routers) };
    }
    yield { kind: 'progress', done, total, label: 'done' };
  },
});
