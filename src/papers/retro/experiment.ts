/**
 * The RETRO run (Borgeaud et al. 2021, arXiv 2112.04426):
 *  1. builds the database: the training text in chunks of m tokens starting
 *     every `dbStride` tokens, keyed by a frozen n-gram embedding
 *     (chunkEmbedder.ts), searched by exact kNN;
 *  2. trains a baseline decoder and RETRO (the same decoder plus encoder and
 *     CCA) in one loop on the same batches, RETRO's neighbours retrieved live
 *     with its sequence's documents excluded; curves of held-out bpc for the
 *     baseline, RETRO[Off] (no neighbours) and RETRO[On];
 *  3. evaluates the trained RETRO against 4 database sizes, k = 1..kmax
 *     neighbours, and the leakage filter bpc(α);
 *  4. RETRO-fits: a RETRO whose decoder is the trained baseline, frozen, with
 *     only the encoder and CCA trained.
 *
 * The joint training is one segment (both models step on each batch), the
 * RETRO-fit another. Evaluations after training are artifacts; only the
 * curves during training and the RETRO-fit report rows.
 */
import { defineExperiment, ExperimentError, type MetricValues } from '../../core/experiment';
import { VOCAB_SIZE } from '../../core/corpus';
import { AdamW } from '../../core/nn/adamw';
import { TransformerLM, trainStep, type LMConfig } from '../../core/lm';
import { learningRate, type CosineSchedule } from '../../core/train/schedule';
import { type Weight } from '../../core/nn/weight';
import type { Recording } from '../../core/runner/RunRecorder';
import { assignWeights, readWeights, startFrom, type NamedWeights, type WeightsArtifacts } from '../../core/weights/namedWeights';
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../core/rng';
import { trainLoop } from '../../core/train/trainLoop';
import { ChunkEmbedder } from './chunkEmbedder';
import { ChunkDatabase } from './database';
import { evalWindowStarts, retroData, type RetroData } from './data';
import { alphaGrid, bpcAtAlpha } from './overlap';
import { retroSchema, type RetroParams } from './params';
import { retroPresets } from './presets';
import { RetroModel, type RetroConfig } from './retroModel';
import { searchQueriesPerSec } from './searchBench';
import { bpcOf, chunkLosses, scoreWindows, windowsAt, type ScoredModel } from './scoring';

/**
 * Evaluation windows scored per batch: 16, not core/train's 32 (a batch of
 * RETRO windows carries k neighbours of every chunk). The claims and
 * recorded runs were scored in batches of 16.
 */
const EVAL_BATCH = 16;
export const CLIP_NORM = 1;

export interface DatabaseInfo { chunks: number; tokens: number; m: number; r: number; keyDim: number; buildMs: number; msPerQuery: number }
export interface FinalEval { bpcBase: number; bpcOn: number; bpcOff: number; k: number; windows: number; tokens: number }
export interface SizePoint { fraction: number; chunks: number; tokens: number; bpcOn: number }
export interface KPoint { k: number; bpcOn: number }
/** bpc(α) of the baseline and RETRO[On] over the same chunks; null where no chunk qualifies. */
export interface LeakagePoint { alpha: number; base: number | null; on: number | null; chunks: number; share: number }
export interface RetrofitResult { steps: number; bpcOn: number; bpcOff: number; bpcScratch: number; bpcBase: number; trainedParams: number; totalParams: number }

/** What a run reports beside its rows; `weights` holds the trained baseline and RETRO (base., retro.), and after a RETRO-fit its encoder and CCA (retrofit.). */
export interface RetroArtifacts extends WeightsArtifacts {
  /** The database's size and speed, after the first step. */
  database: DatabaseInfo;
  /** Every evaluation window, k = evalK, after training. */
  final: FinalEval;
  /** bpc(α) of the baseline and RETRO[On] over the same chunks. */
  leakage: LeakagePoint[];
  /** RETRO[On] against database size, growing as each size is scored. */
  dbSweep: SizePoint[];
  /** RETRO[On] against k, growing as each k is scored. */
  kSweep: KPoint[];
  retrofit: RetrofitResult;
}

/**
 * A joint training row: both models' training loss (nats) on the same batch,
 * lr, throughput and retrieval speed (the first row also times search over
 * random databases of 10k and 100k chunks when asked), and at curve points
 * held-out bpc of the baseline, RETRO[On] and RETRO[Off]. A RETRO-fit row:
 * its step, loss and, at curve points, bpc. `segment` (0: joint training,
 * 1: RETRO-fit) stays as data: stored runs are thinned by it.
 */
export type RetroMetric =
  | 'segment' | 'baseLoss' | 'retroLoss' | 'lr' | 'tokensPerSec' | 'retroTokensPerSec' | 'retrievalMsPerQuery' | 'queriesPerSec'
  | 'queriesPerSec10k' | 'queriesPerSec100k' | 'bpcBase' | 'bpcOn' | 'bpcOff'
  | 'rfStep' | 'rfLoss' | 'bpcRetrofit';

/** A RETRO run as the panel, its plots, claims and tests read it. */
export type RetroRecording = Recording<RetroArtifacts, RetroMetric>;

export function lmConfig(p: RetroParams): LMConfig {
  return { vocabSize: VOCAB_SIZE, seqLen: p.seqLen, dModel: p.dModel, nLayers: p.nLayers, nHeads: p.nHeads, ffnRatio: 4, norm: 'layernorm', positions: 'learned' };
}

export function retroConfig(p: RetroParams): RetroConfig {
  return { chunk: p.chunk, neighbours: p.neighbours, encWidth: p.encWidth, encLayers: p.encLayers, first: p.firstRetroLayer, every: p.retroEvery };
}

/** The 4 database sizes: fractions spaced evenly in log from `min` to 1. */
export function dbFractions(min: number): number[] {
  return [0, 1, 2, 3].map((i) => Math.exp(Math.log(min) * (1 - i / 3)));
}

function schedule(p: Pick<RetroParams, 'lr' | 'warmup'>, steps: number): CosineSchedule {
  return { lr: p.lr, warmupSteps: Math.min(p.warmup, Math.floor(steps / 4)), totalSteps: steps, minRatio: 0.1 };
}

/** The database and models of a run: what the experiment, the claims and the Explore view rebuild from a seed. */
export function buildDatabase(p: RetroParams, data: RetroData, rng: Rng): ChunkDatabase {
  const embedder = new ChunkEmbedder(rng.fork('keys').seed, { dim: p.keyDim, maxN: p.ngramMax });
  return new ChunkDatabase(data.train, data.trainDocs, p.chunk, embedder, p.dbStride);
}

/** Learning-rate multiplier of a parameter: `biasLr` for the CCA position biases, 1 for the rest. */
const biasScale = (biasLr: number) => (q: Weight): number => (q.name.endsWith('.posbias') ? biasLr : 1);

/** AdamW whose CCA position biases move `biasLr` times faster than the rest. */
export function retroOptimizer(weights: readonly Weight[], p: Pick<RetroParams, 'biasLr'>): AdamW {
  return new AdamW(weights, { lrScale: biasScale(p.biasLr) });
}

/** Keeps an optimiser's CCA bias multiplier at the run's live value, read at each step. */
function biasLrFollower(opt: AdamW, start: number): (biasLr: number) => void {
  let now = start;
  return (biasLr) => {
    if (biasLr === now) return;
    opt.setLrScale(biasScale(biasLr));
    now = biasLr;
  };
}

/** The curve's evaluation windows for the run's live `evalWindows`. */
function curveStartsFor(data: RetroData, T: number, evalWindows: number): number[] {
  return evalWindowStarts(data.evalTokens.length, T, evalWindows).curveStarts;
}

/**
 * One step of a retrieval-enhanced model on the windows at `starts`: their
 * neighbours retrieved (each sequence's own documents excluded), then forward,
 * backward, clip and update. Returns the batch's cross-entropy (nats, before
 * the update) for the caller to read and dispose, and what the search cost.
 */
async function retroStep(model: TransformerLM, opt: AdamW, db: ChunkDatabase, data: RetroData, starts: number[], p: RetroParams, lr: number) {
  const T = p.seqLen;
  const { x, y } = windowsAt(data.train, starts, T);
  const ret = await db.retrieve(data.train, data.trainDocs, starts, T, p.neighbours);
  const nb = tf.tensor4d(ret.neighbours, [starts.length, ret.chunks, ret.k, ret.r], 'int32');
  const loss = trainStep(model, opt, { x, y, batchSize: starts.length, seqLen: T }, lr, { clipNorm: CLIP_NORM, ctx: RetroModel.context(nb) });
  nb.dispose();
  return { loss, retrievalMs: ret.ms, queries: starts.length * ret.chunks };
}

export const retroExperiment = defineExperiment<RetroArtifacts, RetroMetric>()({
  schema: retroSchema,
  presets: retroPresets,
  run: async function* (p, ctx) {
    const T = p.seqLen, B = p.batchSize;
    const rfSteps = p.retrofitSteps;
    const fractions = dbFractions(p.dbMinFraction);
    // Progress units: training steps, RETRO-fit steps, and one per evaluation pass.
    const evalUnits = (kSweepMax: number) => 1 + fractions.length - 1 + kSweepMax + (rfSteps > 0 ? 1 : 0);
    let total = p.steps + rfSteps + evalUnits(p.kSweepMax);
    let done = 0;
    yield { kind: 'progress', done, total, label: 'building the database' };

    const data = retroData(p, ctx.rng);
    const t0 = performance.now();
    const db = buildDatabase(p, data, ctx.rng);
    const buildMs = performance.now() - t0;
    const cfg = lmConfig(p), rc = retroConfig(p);
    let base: TransformerLM | null = null, retro: RetroModel | null = null, rf: RetroModel | null = null;
    const opts: AdamW[] = [];
    try {
      // Held in consts for the steps' closures; the lets are for the finally.
      const baseline = new TransformerLM(cfg, ctx.rng.fork('model'));
      base = baseline;
      retro = new RetroModel(cfg, rc, ctx.rng.fork('model'));
      const loads = [startFrom(ctx.tf, ctx.weights, base.weights, 'base.', 'baseline'), startFrom(ctx.tf, ctx.weights, retro.lm.weights, 'retro.', 'RETRO')].filter((s): s is string => !!s);
      if (loads.length) yield { kind: 'artifact', name: 'weightsLoaded', data: loads.join(' ') };
      const optB = new AdamW(base.weights), optR = retroOptimizer(retro.lm.weights, p);
      opts.push(optB, optR);
      const followBiasR = biasLrFollower(optR, p.biasLr);

      const pick = ctx.rng.fork('batches');
      const span = data.train.length - T - 1;
      const nextStarts = (): number[] => Array.from({ length: B }, () => pick.int(span));
      const curveModels: ScoredModel[] = [
        { name: 'base', model: base, retrieval: false },
        { name: 'on', model: retro.lm, retrieval: true },
        { name: 'off', model: retro.lm, retrieval: false },
      ];
      let msPerQuery = 0;
      const searchSpeed: MetricValues<RetroMetric> = {};
      if (p.searchBench) {
        yield { kind: 'progress', done, total, label: 'timing search over 10k and 100k chunks' };
        searchSpeed.queriesPerSec10k = await searchQueriesPerSec(10_000, p.keyDim, 256, p.evalK, ctx.rng.fork('bench'));
        searchSpeed.queriesPerSec100k = await searchQueriesPerSec(100_000, p.keyDim, 256, p.evalK, ctx.rng.fork('bench'));
      }
      // Both models step on each batch: one segment, whose rows carry both losses. trainLoop drives the
      // baseline (live values, schedule, its step and loss); RETRO then steps on the same windows at the same rate.
      yield { kind: 'segment', label: 'baseline and RETRO' };
      let starts: number[] = [];
      for await (const st of trainLoop({
        steps: p.steps,
        signal: ctx.signal,
        // Live settings, read afresh at every step: schedule, CCA bias multiplier, curve cadence and windows.
        live: () => ctx.live(),
        lr: (s, live) => learningRate(s, schedule(live, p.steps)),
        beforeStep: (live) => followBiasR(live.biasLr),
        step: (lr) => {
          starts = nextStarts();
          return trainStep(baseline, optB, { ...windowsAt(data.train, starts, T), batchSize: B, seqLen: T }, lr, { clipNorm: CLIP_NORM });
        },
      })) {
        const s = st.step, live = st.live;
        const tr = performance.now();
        const r = await retroStep(retro.lm, optR, db, data, starts, p, st.lr);
        const retroLoss = (await r.loss.data())[0];
        r.loss.dispose();
        const te = performance.now();
        msPerQuery = r.retrievalMs / Math.max(1, r.queries);
        if (s === 0) yield { kind: 'artifact', name: 'database', data: { chunks: db.size, tokens: db.tokenCount, m: db.m, r: db.r, keyDim: p.keyDim, buildMs, msPerQuery } };
        const values: MetricValues<RetroMetric> = {
          segment: 0, baseLoss: st.loss, retroLoss, lr: st.lr,
          tokensPerSec: (B * T) / Math.max(1e-6, st.ms / 1000),
          retroTokensPerSec: (B * T) / Math.max(1e-6, (te - tr) / 1000),
          retrievalMsPerQuery: msPerQuery,
          queriesPerSec: r.queries / Math.max(1e-6, r.retrievalMs / 1000),
          ...(s === 0 ? searchSpeed : {}),
        };
        if ((s + 1) % live.evalEvery === 0 || s === p.steps - 1) {
          const sc = await scoreWindows(db, data.evalTokens, data.evalDocs, curveStartsFor(data, T, live.evalWindows), T, curveModels, { k: p.neighbours, batch: EVAL_BATCH }, ctx.signal);
          Object.assign(values, { bpcBase: bpcOf(sc.losses.base), bpcOn: bpcOf(sc.losses.on), bpcOff: bpcOf(sc.losses.off) });
        }
        done++;
        yield { kind: 'metrics', step: s + 1, values };
        yield { kind: 'progress', done, total, label: `training step ${s + 1} of ${p.steps}` };
      }
      if (ctx.signal.aborted) return;

      // Final numbers on every evaluation window, with k = evalK. The evaluation settings are the
      // run's live values at the end of training: nothing reports a row until the RETRO-fit.
      const ev = ctx.live();
      const { evalStarts } = evalWindowStarts(data.evalTokens.length, T, ev.evalWindows);
      total = p.steps + rfSteps + evalUnits(ev.kSweepMax);
      yield { kind: 'progress', done, total, label: 'evaluating' };
      const scores = await scoreWindows(db, data.evalTokens, data.evalDocs, evalStarts, T, curveModels, { k: ev.evalK, batch: EVAL_BATCH }, ctx.signal);
      if (ctx.signal.aborted) return;
      const final: FinalEval = { bpcBase: bpcOf(scores.losses.base), bpcOn: bpcOf(scores.losses.on), bpcOff: bpcOf(scores.losses.off), k: ev.evalK, windows: evalStarts.length, tokens: evalStarts.length * T };
      yield { kind: 'artifact', name: 'final', data: final };
      const cb = chunkLosses(scores, 'base'), co = chunkLosses(scores, 'on');
      const totalChunks = cb.loss.length;
      const leakage: LeakagePoint[] = alphaGrid(p.chunk).map((alpha) => {
        const b = bpcAtAlpha(cb, alpha), o = bpcAtAlpha(co, alpha);
        return { alpha, base: Number.isFinite(b.bpc) ? b.bpc : null, on: Number.isFinite(o.bpc) ? o.bpc : null, chunks: b.chunks, share: b.chunks / Math.max(1, totalChunks) };
      });
      yield { kind: 'artifact', name: 'leakage', data: leakage };
      done++;
      yield { kind: 'progress', done, total, label: 'database sizes' };

      const onOnly: ScoredModel[] = [{ name: 'on', model: retro.lm, retrieval: true }];
      const dbSweep: SizePoint[] = [];
      for (const f of dbFractions(ev.dbMinFraction)) {
        if (ctx.signal.aborted) return;
        const limit = Math.max(1, Math.round(f * db.size));
        const bpcOn = limit >= db.size ? final.bpcOn : bpcOf((await scoreWindows(db, data.evalTokens, data.evalDocs, evalStarts, T, onOnly, { k: ev.evalK, limit, batch: EVAL_BATCH }, ctx.signal)).losses.on);
        dbSweep.push({ fraction: limit / db.size, chunks: limit, tokens: limit * db.stride, bpcOn });
        yield { kind: 'artifact', name: 'dbSweep', data: [...dbSweep] };
        if (limit < db.size) yield { kind: 'progress', done: ++done, total, label: 'database sizes' };
      }
      const kSweep: KPoint[] = [];
      for (let k = 1; k <= ev.kSweepMax; k++) {
        if (ctx.signal.aborted) return;
        const bpcOn = k === ev.evalK ? final.bpcOn : bpcOf((await scoreWindows(db, data.evalTokens, data.evalDocs, evalStarts, T, onOnly, { k, batch: EVAL_BATCH }, ctx.signal)).losses.on);
        kSweep.push({ k, bpcOn });
        yield { kind: 'artifact', name: 'kSweep', data: [...kSweep] };
        yield { kind: 'progress', done: ++done, total, label: `k = ${k}` };
      }
      const trained: NamedWeights = { ...(await readWeights(base.weights, 'base.')), ...(await readWeights(retro.lm.weights, 'retro.')) };
      yield { kind: 'artifact', name: 'weights', data: trained };

      if (rfSteps > 0) {
        // RETRO-fit: a fresh encoder and CCA on the trained baseline's decoder, which stays frozen.
        const fitted = new RetroModel(cfg, rc, ctx.rng.fork('retrofit'));
        rf = fitted;
        const report = assignWeights(ctx.tf, fitted.lm.weights, trained, 'base.');
        if (report.loaded.length !== base.weights.length) throw new ExperimentError('RETRO-fit could not take over the baseline\'s decoder');
        const trainable = fitted.retrievalParams();
        const optF = retroOptimizer(trainable, ev);
        opts.push(optF);
        const followBiasF = biasLrFollower(optF, ev.biasLr);
        const rfModels: ScoredModel[] = [{ name: 'on', model: fitted.lm, retrieval: true }];
        yield { kind: 'segment', label: 'RETRO-fit' };
        for await (const st of trainLoop({
          steps: rfSteps,
          signal: ctx.signal,
          live: () => ctx.live(),
          lr: (s, live) => learningRate(s, schedule(live, rfSteps)),
          beforeStep: (live) => followBiasF(live.biasLr),
          step: async (lr) => (await retroStep(fitted.lm, optF, db, data, nextStarts(), p, lr)).loss,
        })) {
          const s = st.step, live = st.live;
          const values: MetricValues<RetroMetric> = { segment: 1, rfStep: s + 1, rfLoss: st.loss };
          if ((s + 1) % live.evalEvery === 0 || s === rfSteps - 1) {
            const sc = await scoreWindows(db, data.evalTokens, data.evalDocs, curveStartsFor(data, T, live.evalWindows), T, rfModels, { k: p.neighbours, batch: EVAL_BATCH }, ctx.signal);
            values.bpcRetrofit = bpcOf(sc.losses.on);
          }
          done++;
          yield { kind: 'metrics', step: p.steps + s + 1, values };
          yield { kind: 'progress', done, total, label: `RETRO-fit step ${s + 1} of ${rfSteps}` };
        }
        if (ctx.signal.aborted) return;
        // Scored as the final numbers were, unless the evaluation settings changed during the RETRO-fit:
        // then RETRO from scratch and the baseline are scored again with them, so the three compare like with like.
        const rfEv = ctx.live();
        const rfStarts = evalWindowStarts(data.evalTokens.length, T, rfEv.evalWindows).evalStarts;
        const sc = await scoreWindows(db, data.evalTokens, data.evalDocs, rfStarts, T, [...rfModels, { name: 'off', model: fitted.lm, retrieval: false }], { k: rfEv.evalK, batch: EVAL_BATCH }, ctx.signal);
        const same = rfEv.evalK === final.k && rfStarts.length === final.windows;
        const scratch = same ? null : await scoreWindows(db, data.evalTokens, data.evalDocs, rfStarts, T, curveModels.slice(0, 2), { k: rfEv.evalK, batch: EVAL_BATCH }, ctx.signal);
        const totalParams = fitted.lm.paramCount();
        const trainedParams = trainable.reduce((n, q) => n + q.variable.size, 0);
        const result: RetrofitResult = {
          steps: rfSteps, bpcOn: bpcOf(sc.losses.on), bpcOff: bpcOf(sc.losses.off),
          bpcScratch: scratch ? bpcOf(scratch.losses.on) : final.bpcOn, bpcBase: scratch ? bpcOf(scratch.losses.base) : final.bpcBase, trainedParams, totalParams,
        };
        yield { kind: 'artifact', name: 'retrofit', data: result };
        yield { kind: 'artifact', name: 'weights', data: { ...trained, ...(await readWeights(fitted.retrievalParams(), 'retrofit.')) } };
        done++;
      }
      yield { kind: 'progress', done: total, total, label: 'done' };
    } finally {
      for (const o of opts) o.dispose();
      base?.dispose();
      retro?.dispose();
      rf?.dispose();
      db.dispose();
    }
  },
});
