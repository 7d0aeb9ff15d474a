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
import { defineExperiment, ExperimentError, type MetricValues, type RunEvent } from '../../core/experiment';
import { decode, DOC_SEP_ID, makeCorpus, splitTrainVal, batchSampler, trainBpe, VOCAB, VOCAB_SIZE } from '../../core/corpus';
import { AdamW } from '../../core/nn/adamw';
import { countParams, evaluate } from '../../core/lm';
import { learningRate, type CosineSchedule } from '../../core/train/schedule';
import { VAL_FRACTION } from '../../core/train/evalDefaults';
import { trainLoop } from '../../core/train/trainLoop';
import type { Recording } from '../../core/runner/RunRecorder';
import type { Rng } from '../../core/rng';
import { routedSchema, type RoutedParams } from './params';
import { routedPresets } from './presets';
import type { RouterKind } from './router';
import { routedModel, type RoutedModel } from './routedModel';
import { routedTrainStep } from './routedTrainStep';
import { routingContext } from './routingContext';
import { chosenRouters, lmConfig, sweepPlan, type PlannedRun } from './sweepPlan';
import { RoutedSweepLog } from './sweepLog';
import type { RouterFit, RunResult } from './sweepResults';

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
  /** The text of each token when tokens are subwords (absent: one token per character of text). */
  pieces?: string[];
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
export type RoutedEvent = RunEvent<RoutedArtifacts, RoutedMetric>;

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

/** Token ids: one per character (Uint8Array) or byte-pair subwords (Uint16Array). */
export type TokenIds = Uint8Array | Uint16Array;

/** The first seqLen tokens of the held-out text after a document break. */
export function sampleWindow(val: TokenIds, seqLen: number): Int32Array {
  const sep = val.indexOf(DOC_SEP_ID);
  const start = sep >= 0 && sep + 1 + seqLen <= val.length ? sep + 1 : 0;
  return Int32Array.from(val.subarray(start, start + seqLen));
}

/** The corpus every model of a sweep reads: training tokens, held-out tokens, and the sentence whose routes the routing view shows. */
export interface RoutedData {
  train: TokenIds;
  val: TokenIds;
  sample: Int32Array;
  vocabSize: number;
  /** Text of every token id. */
  pieces: readonly string[];
}

/**
 * The corpus as characters, or as byte-pair subwords learned from its
 * training split only (the held-out text is encoded with the same merges).
 */
export function routedData(params: RoutedParams, rng: Rng): RoutedData {
  const corpus = makeCorpus({ totalTokens: params.corpusTokens }, rng.fork('data'));
  const split = splitTrainVal(corpus.tokens, VAL_FRACTION);
  let train: TokenIds = split.train, val: TokenIds = split.val, pieces: readonly string[] = [...VOCAB], vocabSize = VOCAB_SIZE;
  if (params.tokens === 'bpe') {
    const trainText = corpus.text.slice(0, split.train.length);
    const bpe = trainBpe(trainText, params.bpeVocab);
    train = bpe.encode(trainText);
    val = bpe.encode(corpus.text.slice(split.train.length));
    pieces = bpe.pieces;
    vocabSize = bpe.vocabSize;
  }
  if (val.length < params.seqLen + 1 || train.length < params.seqLen + 2) {
    throw new ExperimentError(`A corpus of ${params.corpusTokens} characters is too small for context length ${params.seqLen}.`);
  }
  return { train, val, sample: sampleWindow(val, params.seqLen), vocabSize, pieces };
}

/** Bits per character of a held-out loss: the scored targets are tokens[1 .. scored] (core/lm evaluate's windows). */
export function bitsPerChar(nats: number, scored: number, tokens: ArrayLike<number>, pieces: readonly string[]): number {
  let chars = 0;
  for (let i = 1; i <= scored; i++) chars += pieces[tokens[i]].length;
  return (nats * scored) / chars / Math.LN2;
}

/** The sweep's models in order, and its routers; throws when no router is chosen. */
export function routedPlan(params: RoutedParams): { plan: PlannedRun[]; routers: RouterKind[] } {
  const routers = chosenRouters(params);
  if (routers.length === 0) throw new ExperimentError('Choose at least one router (S-BASE, RL-R, Hash or unbalanced top-1).');
  return { plan: sweepPlan(params), routers };
}

export interface ModelRun {
  params: RoutedParams;
  run: PlannedRun;
  /** Models in the sweep (for the progress label). */
  models: number;
  data: RoutedData;
  /** The run's root stream: the model forks `init.<replica>.<width>`, `batches.<replica>` and `route.<index>` from it. */
  rng: Rng;
  signal: AbortSignal;
  live(): RoutedParams;
  /** A training row's values as the sweep reports them (RoutedSweepLog.row: the routing overhead, once the dense model has run). */
  row?(values: MetricValues<RoutedMetric>): MetricValues<RoutedMetric>;
}

/**
 * One planned model start to end: its segment, a training row per step (the
 * step counter runs across the sweep: model i's first is i · steps + 1) with
 * the routing of that step, its evaluation row and the routes of the held-out
 * sentence. Returns its result, or undefined when the run was stopped.
 */
export async function* trainModel(o: ModelRun): AsyncGenerator<RoutedEvent, RunResult | undefined, void> {
  const { params, run, data } = o;
  const total = o.models * params.steps;
  const tokensPerStep = params.batchSize * params.seqLen;
  let done = run.index * params.steps;
  const label = `model ${run.index + 1} of ${o.models}: d=${run.width}, E=${run.E}${run.router === 'dense' ? ' (dense)' : `, ${run.router}`}`;
  yield { kind: 'progress', done, total, label };
  const cfg = lmConfig(params, run.width, data.vocabSize);
  const router: RouterKind = run.router === 'dense' ? 'sbase' : run.router;
  const moeOpts = { experts: run.E, router, capacityFactor: params.capacityFactor, groupSize: params.groupSize, sinkhornIters: params.sinkhornIters, rlWeight: params.rlWeight };
  // Same initial attention/embeddings and data order for every model of a seed and size: paired comparisons.
  const m = routedModel(cfg, moeOpts, o.rng.fork(`init.${run.replica}.${run.width}`));
  const opt = new AdamW(m.model.weights);
  const next = batchSampler(data.train, params.batchSize, params.seqLen, o.rng.fork(`batches.${run.replica}`));
  const noise = o.rng.fork(`route.${run.index}`);
  const late = Math.max(1, Math.ceil(params.steps / 4));
  let balanceSum = 0, droppedSum = 0, lateSteps = 0, speedSum = 0;
  try {
    yield { kind: 'segment', label };
    for await (const st of trainLoop({
      steps: params.steps,
      signal: o.signal,
      // Live settings, read afresh at every step: schedule, clip, capacity and the routers' balancing.
      live: () => o.live(),
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
      yield { kind: 'metrics', step: done, values: o.row ? o.row(values) : values };
      if (layers.length) yield { kind: 'artifact', name: 'routing', data: { run: run.index, router, E: run.E, step: st.step + 1, layers } };
      yield { kind: 'progress', done, total, label };
    }
    if (o.signal.aborted) return undefined;
    yield { kind: 'progress', done, total, label: `${label}: evaluating` };
    // Every model scores the first evalBatches × EVAL_BATCH windows of the held-out text.
    const ev = await evaluate(m.model, data.val, { batchSize: EVAL_BATCH, maxBatches: o.live().evalBatches, ctx: (ids) => routingContext({ ids, train: false }) });
    const evalLayers = await readRouting(m);
    const routes = m.moes.length ? await routeSample(m, data.sample) : null;
    if (o.signal.aborted) return undefined;
    yield { kind: 'metrics', step: done, values: { run: run.index, segment: run.index, evalLoss: ev.loss } };
    const result: RunResult = {
      index: run.index, replica: run.replica, sizeIndex: run.sizeIndex, width: run.width, E: run.E, router: run.router,
      N: countParams(cfg).total, params: m.model.paramCount(), evalLoss: ev.loss, evalBpc: bitsPerChar(ev.loss, ev.tokens, data.val, data.pieces),
      balance: balanceSum / lateSteps, dropped: droppedSum / lateSteps,
      evalBalance: evalLayers.length ? Math.max(...evalLayers.map((l) => maxOverMean(l.load))) : 1,
      tokensPerSec: speedSum / params.steps,
    };
    if (routes) yield { kind: 'artifact', name: 'tokenRoutes', data: { run: run.index, router, E: run.E, width: run.width, ...sampleText(data), layers: routes } };
    return result;
  } finally {
    m.dispose();
    opt.dispose();
  }
}

function sampleText(data: RoutedData): Pick<TokenRoutes, 'text' | 'pieces'> {
  if (data.vocabSize === VOCAB_SIZE) return { text: decode(data.sample) };
  const pieces = Array.from(data.sample, (id) => data.pieces[id]);
  return { text: pieces.join(''), pieces };
}

export const routedExperiment = defineExperiment<RoutedArtifacts, RoutedMetric>()({
  schema: routedSchema,
  presets: routedPresets,
  run: async function* (params, ctx) {
    const { plan, routers } = routedPlan(params);
    const data = routedData(params, ctx.rng);
    yield { kind: 'artifact', name: 'plan', data: plan };

    const log = new RoutedSweepLog(routers);
    for (const run of plan) {
      if (ctx.signal.aborted) return;
      const result = yield* trainModel({
        params, run, models: plan.length, data, rng: ctx.rng, signal: ctx.signal, live: () => ctx.live(), row: (values) => log.row(run, values),
      });
      if (!result) return;
      yield* log.finish(result);
    }
    yield { kind: 'progress', done: plan.length * params.steps, total: plan.length * params.steps, label: 'done' };
  },
});
