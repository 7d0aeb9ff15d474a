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
import { defineExperiment, ExperimentError, type MetricValues, type RunEvent } from '../../core/experiment';
import type { Recording } from '../../core/runner/RunRecorder';
import { readWeights, startFrom, type NamedWeights, type WeightsArtifacts } from '../../core/weights/namedWeights';
import { AdamW } from '../../core/nn/adamw';
import { learningRate, type CosineSchedule } from '../../core/train/schedule';
import { ALGEBRAS, type Algebra, type AlgebraId } from './algebras';
import type { AlgebraModel } from './AlgebraModel';
import { matchWidths, realReference } from './matchWidths';
import { algebraSchema, type AlgebraParams } from './params';
import { algebraPresets } from './presets';
import { pruneLayer, sparsityAt, sparsityLevel, sparsityLevels } from './prune';
import { makeTask, toTensors } from './tasks';
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
type AlgebraEvent = RunEvent<AlgebraArtifacts, AlgebraMetric>;

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

export const algebraExperiment = defineExperiment<AlgebraArtifacts, AlgebraMetric>()({
  schema: algebraSchema,
  presets: algebraPresets,
  run: async function* (params, ctx) {
    const algs = selectedAlgebras(params);
    if (algs.length === 0) throw new ExperimentError('Pick at least one algebra.');
    if (params.pruneEnd < params.pruneStart) throw new ExperimentError('Pruning must end after it starts.');
    const task = makeTask(params, ctx.rng);
    const ref = realReference(task.build, task.base);
    const target = params.matchBy === 'params' ? ref.params : ref.multiplies;
    const levels = sparsityLevels(params.sparsity, params.sparsityPoints);
    const specs: RunSpec[] = [];
    const levelOf = new Map<RunSpec, number>();
    for (const alg of algs) {
      const m = alg.id === 'R' ? ref : matchWidths(task.build, alg, task.base, target, params.matchBy);
      levels.forEach((s, i) => {
        const spec: RunSpec = { key: runKey(alg, s), task: params.task, algebra: alg.id, name: alg.name, sparsity: s, widths: m.widths, params: m.params, multiplies: m.multiplies };
        specs.push(spec);
        levelOf.set(spec, i);
      });
    }
    yield { kind: 'artifact', name: 'runs', data: specs };

    const live: Live[] = [];
    try {
      for (const spec of specs) {
        const alg = algs.find((a) => a.id === spec.algebra)!;
        // The same initial weights for an algebra at every sparsity level.
        const model = task.build(alg, spec.widths, ctx.rng.fork(`model.${alg.id}`));
        live.push({ spec, level: levelOf.get(spec)!, levels: levels.length, sparsity: spec.sparsity, masked: spec.sparsity > 0, model, opt: new AdamW(model.params, { weightDecay: 0 }), pruned: 0, ms: 0, steps: 0 });
      }
      // A weights file names each network's tensors `<run key>.*`.
      const loaded = live.map((r) => startFrom(ctx.tf, ctx.weights, r.model.params, `${r.spec.key}.`, r.spec.key)).filter((l) => l !== null);
      if (loaded.length) yield { kind: 'artifact', name: 'weightsLoaded', data: loaded.join(' ') };
      const results = new Map<RunKey, RunResult>();
      const evaluateAll = async function* (step: number): AsyncGenerator<AlgebraEvent, void, void> {
        const values: MetricValues<AlgebraMetric> = {};
        for (const r of live) {
          const ev = await evaluateModel(r.model, task.test);
          const res: RunResult = {
            ...r.spec, sparsity: r.sparsity, step, accuracy: ev.accuracy, loss: ev.loss, bpc: ev.loss / Math.LN2,
            nonzeroParams: r.spec.params - r.pruned * r.model.alg.d,
            stepsPerSec: r.steps > 0 ? (1000 * r.steps) / Math.max(1e-3, r.ms) : 0,
          };
          results.set(r.spec.key, res);
          values[runMetric('acc', r.spec.key)] = ev.accuracy;
          values[runMetric('evalLoss', r.spec.key)] = ev.loss;
        }
        yield { kind: 'metrics', step, values };
        yield { kind: 'artifact', name: 'results', data: specs.map((s) => results.get(s.key)!) };
        let trained: NamedWeights = {};
        for (const r of live) trained = { ...trained, ...(await readWeights(r.model.params, `${r.spec.key}.`)) };
        yield { kind: 'artifact', name: 'weights', data: trained };
      };

      for (let step = 0; step < params.steps; step++) {
        if (ctx.signal.aborted) return;
        const now = ctx.live();
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
        if ((step + 1) % ctx.live().evalEvery === 0 || step + 1 === params.steps) {
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
  },
});
