/**
 * The InfoGraph run (Sun et al. 2020, arXiv 1908.01000, Sections 3-4):
 * generate or load a graph set; embed it with the untrained encoder and score
 * a linear probe (baseline); train InfoGraph for `epochs` with Adam, redrawing
 * the 2-D map, a fast probe and the drawn graph's local-global scores every
 * `mapEvery` epochs; score the final embeddings with the full probe
 * (regularisation by inner cross-validation); then train a supervised GIN on
 * each training fold and test it on the held-out fold.
 *
 * The data set comes first; then the untrained encoder's probe at step 0
 * with its map and drawn graph; a row per InfoGraph step; at each refresh a
 * probe row (at the same step) with a new map, drawn graph and weights; then
 * each fold's supervised GIN, a new model and a new segment, with a row per
 * step and one of its held-out accuracy. `results` grows as each part ends.
 * The `segment` column (0 for InfoGraph, 1 + fold for the supervised GIN)
 * stays as data: thinning a recorded run keeps each model's first and last rows by it.
 *
 * Live fields: the learning rate and the prior weight γ, read at each step;
 * the refresh cadence and the drawn graph, read at the end of each epoch.
 */
import * as tf from '@tensorflow/tfjs-core';
import { defineExperiment, ExperimentError, type RunContext } from '../../core/experiment';
import type { Recording } from '../../core/runner/RunRecorder';
import { readWeights, startFrom, type WeightsArtifacts } from '../../core/weights/namedWeights';
import { CHECKPOINT_ADAM, probesFromCheckpoint, probesToCheckpoint } from './checkpoint';
import { batchTensors, disposeBatch, padBatch } from '../../core/graph/batch';
import { forceLayout } from '../../core/graph/forceLayout';
import type { Graph } from '../../core/graph/graph';
import { DEFAULT_LAMBDAS, linearProbe, meanStd, type ProbeResult } from '../../core/graph/linearProbe';
import { stratifiedKFold, type Fold } from '../../core/graph/stratifiedKFold';
import type { TuDataset } from '../../core/graph/tuFormat';
import type { Rng } from '../../core/rng';
import { datasetInfo, makeGraphSet, type DatasetInfo, type GraphSet } from './dataset';
import { embedGraphs, refreshBatchNorm } from './embed';
import { map2d } from './map2d';
import { InfoGraphModel } from './model';
import { infographSchema, type InfographParams } from './params';
import { infographPresets } from './presets';
import { SupervisedGin } from './supervised';

/** Params as the panel sends them: an uploaded TU set travels beside the link's params. */
export type InfographRunParams = InfographParams & { upload?: TuDataset };

export const INNER_FOLDS = 3;
/** The fast probe drawn during training: one λ, no inner search. */
export const FAST_LAMBDA = 1e-2;

export interface EmbeddingMap {
  epoch: number;
  x: number[];
  y: number[];
  labels: number[];
  classNames: string[];
}

export interface NodeScores {
  epoch: number;
  index: number;
  graph: Graph;
  className: string;
  x: number[];
  y: number[];
  scores: number[];
  nodeLabelNames: string[] | null;
}

export interface SupervisedResult {
  mean: number;
  std: number;
  perFold: number[];
}

export interface Results {
  dataset: string;
  folds: number;
  untrained: ProbeResult;
  infograph: ProbeResult | null;
  supervised: SupervisedResult | null;
  /** Chance: the share of the largest class. */
  majority: number;
}

export interface InfographArtifacts extends WeightsArtifacts {
  dataset: DatasetInfo;
  /** The 2-D map of every graph's embedding at the latest refresh. */
  map: EmbeddingMap;
  /** The drawn graph's local-global scores at the latest refresh. */
  scores: NodeScores;
  /** The accuracies so far: the untrained encoder's, then InfoGraph's, then the supervised GIN's. */
  results: Results;
}

/** An InfoGraph step's row: the loss, the JSD MI estimate of the batch, the epoch, throughput. */
export type InfographTrainMetric = 'loss' | 'mi' | 'epoch' | 'graphsPerSec';
/** A refresh's row: the fast probe's accuracy (the full probe at the last epoch), at `epoch`. */
export type InfographProbeMetric = 'epoch' | 'probe';
/** A supervised step's row (`supLoss`) and a fold's held-out accuracy (`supAcc`), with the fold's index. */
export type InfographSupervisedMetric = 'supLoss' | 'supAcc' | 'fold';
/** `segment`: 0 for InfoGraph's rows, 1 + fold for the supervised GIN's (data for thinning a recorded run). */
export type InfographMetric = InfographTrainMetric | InfographProbeMetric | InfographSupervisedMetric | 'segment';

/** An InfoGraph run as the panel, its plots, claims and tests read it. */
export type InfographRecording = Recording<InfographArtifacts, InfographMetric>;


function batchesOf(n: number, size: number, rng: Rng): number[][] {
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const out: number[][] = [];
  for (let i = 0; i < n; i += size) out.push(order.slice(i, i + size));
  // A last batch of one graph has no negatives; fold it into the previous batch.
  if (out.length > 1 && out[out.length - 1].length < 2) out[out.length - 2].push(...out.pop()!);
  return out;
}

async function drawScores(model: InfoGraphModel, set: GraphSet, index: number, layout: { x: number[]; y: number[] }, epoch: number): Promise<NodeScores> {
  const g = set.graphs[index];
  const t = batchTensors(tf, padBatch([g], set.features, set.F));
  const s = model.nodeScores(t);
  const scores = Array.from(await s.data()).slice(0, g.n);
  s.dispose();
  disposeBatch(t);
  return { epoch, index, graph: g, className: set.classNames[g.label ?? 0] ?? '', ...layout, scores, nodeLabelNames: set.nodeLabelNames };
}

/** The run's linear probe: the full one searches λ by inner cross-validation, the fast one uses FAST_LAMBDA. */
export function probe(X: Float32Array[], set: GraphSet, folds: Fold[], rng: Rng, full: boolean): ProbeResult {
  return linearProbe(X, set.labels, set.classNames.length, { folds, lambdas: full ? DEFAULT_LAMBDAS : [FAST_LAMBDA], innerFolds: INNER_FOLDS, rng });
}

export const infographExperiment = defineExperiment<InfographArtifacts, InfographMetric>()({
  schema: infographSchema,
  presets: infographPresets,
  // Typed with the upload: a run's params are the schema's, plus the uploaded set where the panel adds one.
  run: async function* (p: InfographRunParams, ctx: RunContext<InfographRunParams>) {
    const set = makeGraphSet(p, ctx.rng.fork('data'), p.upload);
    const info = datasetInfo(set);
    yield { kind: 'artifact', name: 'dataset', data: info };
    if (info.count < p.folds * 2) throw new ExperimentError(`${info.count} graphs are too few for ${p.folds}-fold cross-validation (at least ${p.folds * 2}).`);
    if (info.classCounts.filter((c) => c > 0).length < 2) throw new ExperimentError('Every graph has the same class: a classifier has nothing to learn.');
    const folds = stratifiedKFold(set.labels, p.folds, ctx.rng.fork('folds'));
    const config = { inDim: set.F, hidden: p.hidden, layers: p.layers };
    const batchSize = Math.min(p.batchSize, set.graphs.length);
    const stepsPerEpoch = batchesOf(set.graphs.length, batchSize, ctx.rng.fork('count')).length;
    const supSteps = p.supEpochs * folds.reduce((a, f) => a + Math.ceil(f.train.length / batchSize), 0);
    const total = p.epochs * stepsPerEpoch + supSteps;
    // The drawn graph and its layout (the same layout for an index whenever it is drawn).
    const shown = (index: number) => {
      const i = Math.min(index, set.graphs.length - 1);
      return { index: i, layout: forceLayout(set.graphs[i], ctx.rng.fork('layout')) };
    };
    let show = shown(p.showGraph);
    const majority = Math.max(...info.classCounts) / info.count;
    const mapRng = ctx.rng.fork('map'), probeRng = ctx.rng.fork('probe');
    let done = 0;

    const model = new InfoGraphModel(config, ctx.rng.fork('model'), p.prior);
    let results: Results | null;
    try {
      const loaded = startFrom(ctx.tf, ctx.weights, model.weights, 'infograph.', 'InfoGraph');
      const orderRng = ctx.rng.fork('order');
      const priorRng = ctx.rng.fork('prior');
      // A resumed run (a checkpoint's weights, after a lost GPU device): the optimiser, the probes so far
      // and the batch order and prior noise streams go on from where the stopped run stood.
      const from = ctx.resumeAfter ?? 0;
      if (from > 0) {
        const state = ctx.weights ?? {};
        const probes = probesFromCheckpoint(state);
        if (!probes || from % stepsPerEpoch !== 0) throw new ExperimentError(`The checkpoint at step ${from} is not one this InfoGraph run wrote.`);
        model.loadOptimiserState(state, CHECKPOINT_ADAM);
        results = { dataset: set.name, folds: p.folds, ...probes, supervised: null, majority };
        for (let e = 0; e < from / stepsPerEpoch; e++) for (const _ of batchesOf(set.graphs.length, batchSize, orderRng)) priorRng.tfSeed();
        done = from;
      } else {
        if (loaded) yield { kind: 'artifact', name: 'weightsLoaded', data: `${loaded} The "untrained" row is then the loaded encoder before further training.` };
        yield { kind: 'progress', done, total, label: 'untrained encoder: linear probe' };
        refreshBatchNorm(model.encoder, set.graphs, set.features, set.F, batchSize);
        const X0 = await embedGraphs(model.encoder, set.graphs, set.features, set.F);
        results = { dataset: set.name, folds: p.folds, untrained: probe(X0, set, folds, probeRng.fork('untrained'), true), infograph: null, supervised: null, majority };
        yield { kind: 'metrics', step: 0, values: { epoch: 0, probe: results.untrained.mean, segment: 0 } };
        yield { kind: 'artifact', name: 'map', data: { epoch: 0, ...map2d(X0, mapRng.fork('0')), labels: set.labels, classNames: set.classNames } satisfies EmbeddingMap };
        yield { kind: 'artifact', name: 'scores', data: await drawScores(model, set, show.index, show.layout, 0) };
        yield { kind: 'artifact', name: 'results', data: { ...results } };
      }

      for (let epoch = from / stepsPerEpoch + 1; epoch <= p.epochs; epoch++) {
        for (const idx of batchesOf(set.graphs.length, batchSize, orderRng)) {
          if (ctx.signal.aborted) return;
          const t0 = performance.now();
          const t = batchTensors(tf, padBatch(idx.map((i) => set.graphs[i]), set.features, set.F));
          const { lr, gamma } = ctx.live();
          const out = await model.trainStep(t, lr, p.prior ? gamma : 0, priorRng.tfSeed());
          disposeBatch(t);
          if (!Number.isFinite(out.loss)) throw new ExperimentError(`The loss became ${out.loss} at epoch ${epoch}; try a lower learning rate.`);
          done++;
          const graphsPerSec = idx.length / Math.max(1e-6, (performance.now() - t0) / 1000);
          yield { kind: 'metrics', step: done, values: { loss: out.loss, mi: out.mi, epoch, graphsPerSec, segment: 0 } };
          yield { kind: 'progress', done, total, label: `InfoGraph epoch ${epoch} of ${p.epochs}` };
        }
        const now = ctx.live();
        if (epoch % now.mapEvery === 0 || epoch === p.epochs) {
          if (Math.min(now.showGraph, set.graphs.length - 1) !== show.index) show = shown(now.showGraph);
          refreshBatchNorm(model.encoder, set.graphs, set.features, set.F, batchSize);
          const X = await embedGraphs(model.encoder, set.graphs, set.features, set.F);
          const last = epoch === p.epochs;
          const r = probe(X, set, folds, probeRng.fork(last ? 'final' : `e${epoch}`), last);
          if (last) results.infograph = r;
          yield { kind: 'metrics', step: done, values: { epoch, probe: r.mean, segment: 0 } };
          yield { kind: 'artifact', name: 'map', data: { epoch, ...map2d(X, mapRng.fork(String(epoch))), labels: set.labels, classNames: set.classNames } satisfies EmbeddingMap };
          yield { kind: 'artifact', name: 'scores', data: await drawScores(model, set, show.index, show.layout, epoch) };
          if (last) yield { kind: 'artifact', name: 'results', data: { ...results } };
          const trained = await readWeights(model.weights, 'infograph.');
          yield { kind: 'artifact', name: 'weights', data: trained };
          yield { kind: 'checkpoint', step: done, weights: { ...trained, ...(await model.optimiserState(CHECKPOINT_ADAM)), ...probesToCheckpoint(results.untrained, results.infograph) } };
        }
      }
    } finally {
      model.dispose();
    }

    if (p.supEpochs > 0 && results) {
      const perFold: number[] = [];
      for (const [k, fold] of folds.entries()) {
        const sup = new SupervisedGin(config, set.classNames.length, ctx.rng.fork(`sup.${k}`));
        try {
          // A new model per fold: the driver's leak check counts tensors from its first row.
          yield { kind: 'segment', label: `supervised GIN, fold ${k + 1}` };
          const train = fold.train.map((i) => set.graphs[i]);
          const supRng = ctx.rng.fork(`sup.order.${k}`);
          for (let epoch = 1; epoch <= p.supEpochs; epoch++) {
            const order = supRng.shuffle([...train]);
            for (let i = 0; i < order.length; i += batchSize) {
              if (ctx.signal.aborted) return;
              const loss = await sup.trainStep(order.slice(i, i + batchSize), set.features, set.F, ctx.live().lr);
              if (!Number.isFinite(loss)) throw new ExperimentError(`The supervised loss became ${loss}; try a lower learning rate.`);
              done++;
              yield { kind: 'metrics', step: done, values: { supLoss: loss, fold: k, segment: 1 + k } };
              yield { kind: 'progress', done, total, label: `supervised GIN, fold ${k + 1} of ${folds.length}` };
            }
          }
          const acc = await sup.accuracy(fold.test.map((i) => set.graphs[i]), set.features, set.F, train, batchSize);
          perFold.push(acc);
          yield { kind: 'metrics', step: done, values: { supAcc: acc, fold: k, segment: 1 + k } };
        } finally {
          sup.dispose();
        }
      }
      results.supervised = { ...meanStd(perFold), perFold };
      yield { kind: 'artifact', name: 'results', data: { ...results } };
    }
    yield { kind: 'progress', done: total, total, label: 'done' };
  },
});
