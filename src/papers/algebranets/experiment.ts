/**
 * The AlgebraNets run (Hoffmann et al. 2020, arXiv 2006.07360, Sections 4-5):
 * every selected algebra, at every sparsity level, trains side by side on the
 * same batches, with widths matched to the real network by parameters or by
 * multiplies (matchWidths.ts).
 *
 * The run specs come first; then one metrics row per step with every run's
 * training loss and steps/s (the bench's steps/s per algebra), and the
 * sparsity of the pruned runs; after each evaluation a row of every run's
 * held-out accuracy and loss at the same step, then the results of that
 * evaluation and the weights.
 *
 * Live fields, read at each step: the peak learning rate, the evaluation
 * cadence, and the pruning target and schedule (each run keeps its share of
 * the target: level i of n trains at i/(n−1) of it, a lone run at all of it).
 */
import { defineExperiment, ExperimentError, type MetricValues, type RunEvent, type Tf } from '../../core/experiment';
import type { Recording } from '../../core/runner/RunRecorder';
import { readWeights, startFrom, type NamedWeights, type WeightsArtifacts } from '../../core/weights/namedWeights';
import { AdamW } from '../../core/nn/adamw';
import type { Rng } from '../../core/rng';
import { learningRate, type CosineSchedule } from '../../core/train/schedule';
import { algebra, ALGEBRAS, type Algebra, type AlgebraId } from './algebras';
import type { AlgebraModel } from './AlgebraModel';
import { matchWidths, realReference, type WidthMatch } from './matchWidths';
import { algebraSchema, type AlgebraParams } from './params';
import { algebraPresets } from './presets';
import { pruneLayer, sparsityAt, sparsityLevel, sparsityLevels } from './prune';
import { makeTask, taskNetwork, toTensors, type Task } from './tasks';
import { evaluateModel, trainStep } from './train';

/** A run's name in metrics, weights files and charts: its algebra, with its target sparsity when pruned (`M2R@50%`). */
export type RunKey = AlgebraId | `${AlgebraId}@${number}%`;

export interface RunSpec {
  key: RunKey;
  task: AlgebraParams['task'];
  algebra: Algebra['id'];
  name: string;
  sparsity: number;
  widths: number[];
  /** Real parameters of the dense model (pruning does not change the count of variables). */
  params: number;
  /** Real multiplies per example of the dense model. */
  multiplies: number;
}

export interface RunResult extends RunSpec {
  /** The sparsity the run was pruning to when evaluated (the spec's, unless the target changed during the run). */
  sparsity: number;
  step: number;
  accuracy: number;
  loss: number;
  /** Bits per character (task B) = loss / ln 2. */
  bpc: number;
  /** Parameters left after pruning. */
  nonzeroParams: number;
  stepsPerSec: number;
}

export interface AlgebraArtifacts extends WeightsArtifacts {
  /** Every network of the run, in training order, before the first step. */
  runs: RunSpec[];
  /** The latest evaluation of every run, in the order of `runs`. */
  results: RunResult[];
}

/** What each run reports under its key: training loss, steps/s and sparsity per step; held-out accuracy and loss per evaluation. */
export type RunMetricKind = 'loss' | 'stepsPerSec' | 'sparsity' | 'acc' | 'evalLoss';
/** A run's metric (`loss:M2R`), or the step's learning rate. */
export type AlgebraMetric = 'lr' | `${RunMetricKind}:${RunKey}`;

export const runMetric = <K extends RunMetricKind>(kind: K, key: RunKey): `${K}:${RunKey}` => `${kind}:${key}`;

/** An AlgebraNets run as the panel, its plots, claims and tests read it. */
export type AlgebraRecording = Recording<AlgebraArtifacts, AlgebraMetric>;
export type AlgebraEvent = RunEvent<AlgebraArtifacts, AlgebraMetric>;

const USE: Record<Algebra['id'], keyof AlgebraParams> = { R: 'useR', C: 'useC', H: 'useH', M2R: 'useM2R', M3R: 'useM3R', M4R: 'useM4R', M2C: 'useM2C' };

export function selectedAlgebras(p: AlgebraParams): Algebra[] {
  return ALGEBRAS.filter((a) => p[USE[a.id]] === true);
}

export function runKey(alg: Algebra, sparsity: number): RunKey {
  return sparsity > 0 ? `${alg.id}@${Math.round(sparsity * 100)}%` : alg.id;
}

export function algebraSchedule(p: AlgebraParams): CosineSchedule {
  return { lr: p.lr, warmupSteps: Math.min(10, Math.floor(p.steps / 4)), totalSteps: p.steps, minRatio: 0.1 };
}

/** A network the run trains: its spec, and which of its algebra's sparsity levels it trains, of how many. */
export interface PlannedNet {
  spec: RunSpec;
  level: number;
  levels: number;
}

/** A network of the plan before its widths are matched: an algebra at one sparsity level (what needs no model built). */
export interface NetChoice {
  alg: Algebra;
  key: RunKey;
  sparsity: number;
  level: number;
  levels: number;
}

/** The run's networks in training order, without widths: every selected algebra at every sparsity level. */
export function planChoices(params: AlgebraParams): NetChoice[] {
  const algs = selectedAlgebras(params);
  if (algs.length === 0) throw new ExperimentError('Pick at least one algebra.');
  if (params.pruneEnd < params.pruneStart) throw new ExperimentError('Pruning must end after it starts.');
  const levels = sparsityLevels(params.sparsity, params.sparsityPoints);
  return algs.flatMap((alg) => levels.map((sparsity, level) => ({ alg, key: runKey(alg, sparsity), sparsity, level, levels: levels.length })));
}

/** The run's networks in training order, widths matched to the real network (built and measured: this needs a tfjs backend). */
export function planNets(params: AlgebraParams): PlannedNet[] {
  const choices = planChoices(params);
  const net = taskNetwork(params);
  const ref = realReference(net.build, net.base);
  const target = params.matchBy === 'params' ? ref.params : ref.multiplies;
  const matched = new Map<AlgebraId, WidthMatch>();
  return choices.map(({ alg, key, sparsity, level, levels }) => {
    let m = matched.get(alg.id);
    if (!m) matched.set(alg.id, (m = alg.id === 'R' ? ref : matchWidths(net.build, alg, net.base, target, params.matchBy)));
    return { spec: { key, task: params.task, algebra: alg.id, name: alg.name, sparsity, widths: m.widths, params: m.params, multiplies: m.multiplies }, level, levels };
  });
}

interface Live {
  spec: RunSpec;
  /** Which of the run's algebra's sparsity levels it trains, of how many. */
  level: number;
  levels: number;
  /** The sparsity it prunes to now (the spec's, until the target changes mid-run). */
  sparsity: number;
  /** Masks are re-applied after each update: from the start for a pruned run, or since it was first pruned. */
  masked: boolean;
  model: AlgebraModel;
  opt: AdamW;
  pruned: number;
  ms: number;
  steps: number;
}

export interface NetsRun {
  params: AlgebraParams;
  nets: readonly PlannedNet[];
  /** Its batches, drawn afresh: every net trains on the same ones, in order. */
  task: Task;
  /** The run's root stream: each net forks `model.<algebra>` from it. */
  rng: Rng;
  tf: Tf;
  signal: AbortSignal;
  live(): AlgebraParams;
  /** A loaded weights file (RunContext.weights). */
  weights?: NamedWeights;
}

/**
 * Trains the nets side by side on the same batches: one row per step with
 * each net's training loss, steps/s and sparsity (pruned nets) and the step's
 * learning rate; after each evaluation a row of each net's held-out accuracy
 * and loss, their results and their weights. A sweep point trains one net
 * with it (sweepGrid.ts); its rows are that net's part of the experiment's.
 */
export async function* trainNets(o: NetsRun): AsyncGenerator<AlgebraEvent, void, void> {
  const { params, task } = o;
  const live: Live[] = [];
  try {
    for (const { spec, level, levels } of o.nets) {
      const alg = algebra(spec.algebra);
      // The same initial weights for an algebra at every sparsity level.
      const model = task.build(alg, spec.widths, o.rng.fork(`model.${alg.id}`));
      live.push({ spec, level, levels, sparsity: spec.sparsity, masked: spec.sparsity > 0, model, opt: new AdamW(model.weights, { weightDecay: 0 }), pruned: 0, ms: 0, steps: 0 });
    }
    // A weights file names each network's tensors `<run key>.*`.
    const loaded = live.map((r) => startFrom(o.tf, o.weights, r.model.weights, `${r.spec.key}.`, r.spec.key)).filter((l) => l !== null);
    if (loaded.length) yield { kind: 'artifact', name: 'weightsLoaded', data: loaded.join(' ') };
    const evaluateAll = async function* (step: number): AsyncGenerator<AlgebraEvent, void, void> {
      const values: MetricValues<AlgebraMetric> = {};
      const results: RunResult[] = [];
      for (const r of live) {
        const ev = await evaluateModel(r.model, task.test);
        results.push({
          ...r.spec, sparsity: r.sparsity, step, accuracy: ev.accuracy, loss: ev.loss, bpc: ev.loss / Math.LN2,
          nonzeroParams: r.spec.params - r.pruned * r.model.alg.d,
          stepsPerSec: r.steps > 0 ? (1000 * r.steps) / Math.max(1e-3, r.ms) : 0,
        });
        values[runMetric('acc', r.spec.key)] = ev.accuracy;
        values[runMetric('evalLoss', r.spec.key)] = ev.loss;
      }
      yield { kind: 'metrics', step, values };
      yield { kind: 'artifact', name: 'results', data: results };
      let trained: NamedWeights = {};
      for (const r of live) trained = { ...trained, ...(await readWeights(r.model.weights, `${r.spec.key}.`)) };
      yield { kind: 'artifact', name: 'weights', data: trained };
    };

    for (let step = 0; step < params.steps; step++) {
      if (o.signal.aborted) return;
      const now = o.live();
      const lr = learningRate(step, algebraSchedule({ ...params, lr: now.lr }));
      const host = task.nextBatch();
      const { x, y } = toTensors(host);
      const values: MetricValues<AlgebraMetric> = {};
      try {
        for (const r of live) {
          r.sparsity = sparsityLevel(now.sparsity, r.level, r.levels);
          const s = sparsityAt(step, params.steps, r.sparsity, now.pruneStart, now.pruneEnd);
          // A run pruned before keeps re-pruning when its sparsity falls to 0 (a lowered target): its mask opens again.
          if (s > 0 || (r.masked && r.pruned > 0)) {
            r.masked = true;
            r.pruned = 0;
            for (const layer of r.model.prunable) r.pruned += await pruneLayer(layer, s);
            values[runMetric('sparsity', r.spec.key)] = s;
          }
          const t0 = performance.now();
          const lossT = trainStep(r.model, r.opt, x, y, lr, r.masked);
          const loss = (await lossT.data())[0];
          lossT.dispose();
          const ms = performance.now() - t0;
          r.ms += ms;
          r.steps++;
          values[runMetric('loss', r.spec.key)] = loss;
          values[runMetric('stepsPerSec', r.spec.key)] = 1000 / Math.max(1e-3, ms);
        }
      } finally {
        x.dispose();
        y.dispose();
      }
      yield { kind: 'metrics', step: step + 1, values: { ...values, lr } };
      if ((step + 1) % o.live().evalEvery === 0 || step + 1 === params.steps) {
        yield { kind: 'progress', done: step + 1, total: params.steps, label: 'evaluating' };
        yield* evaluateAll(step + 1);
      }
      yield { kind: 'progress', done: step + 1, total: params.steps, label: `step ${step + 1} of ${params.steps}` };
    }
  } finally {
    for (const r of live) {
      r.model.dispose();
      r.opt.dispose();
    }
  }
}

export const algebraExperiment = defineExperiment<AlgebraArtifacts, AlgebraMetric>()({
  schema: algebraSchema,
  presets: algebraPresets,
  run: async function* (params, ctx) {
    const nets = planNets(params);
    const task = makeTask(params, ctx.rng);
    yield { kind: 'artifact', name: 'runs', data: nets.map((n) => n.spec) };
    yield* trainNets({ params, nets, task, rng: ctx.rng, tf: ctx.tf, signal: ctx.signal, live: () => ctx.live(), weights: ctx.weights });
  },
});
