/**
 * The AlgebraNets run (experiment.ts) as a grid of independent points for
 * `npm run sweep`: point i is network i of the plan (an algebra at one
 * sparsity level), trained alone by the experiment's own `trainNets` with the
 * same random streams (its init from fork `model.<algebra>`, the batches and
 * test set from the task's forks), so its rows hold exactly its columns of the
 * experiment's rows, bit for bit on the same backend: the nets never interact,
 * they only share batches. The merge puts the points' rows side by side
 * (each step's row holds every net's values, then the step's learning rate),
 * their results in plan order and their weights together. The plan's labels
 * need no model built; the specs of the nets do (their widths are matched by
 * measuring built models), so the workers, which hold a tfjs backend, hand
 * them to the merge.
 */
import { ExperimentError } from '../../core/experiment';
import { Rng } from '../../core/rng';
import type { MetricRow } from '../../core/runner/RunRecorder';
import { bindSweep, type SweepGrid } from '../../core/sweep/grid';
import { checkPlainWeights, namedWeights, plainWeights, type PlainWeights } from '../../core/sweep/plainWeights';
import { checkUnitRecording, recordUnit, type UnitRecording } from '../../core/sweep/unitRecording';
import type { NamedWeights } from '../../core/weights/namedWeights';
import { isRecord, isFiniteNumber } from '../../core/sweep/plainData';
import { ALGEBRA_IDS, ALGEBRAS, multipliesPerProduct } from './algebras';
import { algebraExperiment, planChoices, planNets, runKey, runMetric, trainNets, type RunKey, type RunResult, type RunSpec } from './experiment';
import type { AlgebraParams } from './params';
import { makeTask } from './tasks';

/** One trained net: its rows as trainNets yields them for it alone, its last evaluation and its weights, and the specs of every net of the run. */
export interface AlgebraPointResult {
  unit: UnitRecording;
  result: RunResult;
  weights: PlainWeights;
  /** Widths are matched by building and measuring models, which takes a tfjs backend: the worker does it, the merge takes it from here. */
  runs: RunSpec[];
}

const KEY = new RegExp(`^(${ALGEBRA_IDS.join('|')})(@\\d+%)?$`);
const isRunKey = (x: unknown): x is RunKey => typeof x === 'string' && KEY.test(x);
const TASKS: readonly AlgebraParams['task'][] = ['digits', 'chars'];

/** A net's spec from the wire, checked field by field. */
export function checkRunSpec(x: unknown): RunSpec {
  if (!isRecord(x)) throw new ExperimentError('an AlgebraNets run spec is not an object');
  const { key, task, algebra, name, sparsity, widths, params, multiplies } = x;
  const task_ = TASKS.find((t) => t === task);
  const algebra_ = ALGEBRA_IDS.find((a) => a === algebra);
  if (!isRunKey(key) || task_ === undefined || algebra_ === undefined || typeof name !== 'string') {
    throw new ExperimentError('an AlgebraNets run spec needs a run key, a task, an algebra and a name');
  }
  if (!Array.isArray(widths) || !widths.every(isFiniteNumber) || !isFiniteNumber(sparsity) || !isFiniteNumber(params) || !isFiniteNumber(multiplies)) {
    throw new ExperimentError(`an AlgebraNets run spec (${key}): widths, sparsity, params and multiplies must be finite numbers`);
  }
  return { key, task: task_, algebra: algebra_, name, sparsity, widths, params, multiplies };
}

/** A net's evaluation from the wire, checked field by field. */
export function checkRunResult(x: unknown): RunResult {
  const spec = checkRunSpec(x);
  if (!isRecord(x)) throw new ExperimentError('an AlgebraNets result is not an object');
  const { step, accuracy, loss, bpc, nonzeroParams, stepsPerSec } = x;
  if (!isFiniteNumber(step) || !isFiniteNumber(accuracy) || !isFiniteNumber(loss) || !isFiniteNumber(bpc) || !isFiniteNumber(nonzeroParams) || !isFiniteNumber(stepsPerSec)) {
    throw new ExperimentError(`an AlgebraNets result (${spec.key}): a field is missing or not a finite number`);
  }
  return { ...spec, step, accuracy, loss, bpc, nonzeroParams, stepsPerSec };
}

/**
 * The rows of nets trained side by side, from each net's own rows: row k holds
 * every net's values at that row, in plan order, then the step's learning rate
 * (the same for all nets; training rows only).
 */
export function sideBySide(nets: readonly (readonly MetricRow[])[]): MetricRow[] {
  if (nets.length === 0) return [];
  const [first] = nets;
  return first.map((row, k) => {
    const values: Record<string, number> = {};
    for (const [i, rows] of nets.entries()) {
      const r = rows[k];
      if (rows.length !== first.length || r.step !== row.step || r.values.lr !== row.values.lr) {
        throw new ExperimentError(`the nets' rows disagree: net ${i + 1} at row ${k + 1} does not match the first net's step or learning rate`);
      }
      for (const [name, v] of Object.entries(r.values)) if (name !== 'lr') values[name] = v;
    }
    return { step: row.step, values: row.values.lr === undefined ? values : { ...values, lr: row.values.lr } };
  });
}

/** Every key a net's steps/s can have: an algebra, dense or at a whole percent of sparsity. */
const STEPS_PER_SEC = ALGEBRAS.flatMap((a) => Array.from({ length: 101 }, (_, pc) => runMetric('stepsPerSec', runKey(a, pc / 100))));

export const algebraGrid: SweepGrid<AlgebraParams, AlgebraPointResult> = {
  points(params) {
    return planChoices(params).map(({ alg, key, sparsity }) => ({
      label: `${key}: ${alg.name}${sparsity > 0 ? ` pruned to ${Math.round(100 * sparsity)}%` : ''}`,
      // Real multiplies per parameter: the cost of a step at matched parameters, roughly (at matched multiplies, the same for all).
      cost: params.matchBy === 'flops' ? 1 : multipliesPerProduct(alg) / alg.d,
    }));
  },

  async runPoint(params, seed, index, ctx) {
    const nets = planNets(params);
    const net = nets[index];
    const rng = new Rng(seed);
    // Its own task: the batch stream starts at the first batch, as for every net of the one-process run.
    const task = makeTask(params, rng);
    let result: RunResult | undefined;
    let weights: NamedWeights = {};
    const { unit } = await recordUnit(trainNets({ params, nets: [net], task, rng, tf: ctx.tf, signal: ctx.signal, live: () => params }), ctx, {
      progress: (done, total) => done / total,
      onArtifact(e) {
        if (e.name === 'results') result = e.data[0];
        else if (e.name === 'weights') weights = e.data;
      },
    });
    if (!result) throw new ExperimentError(`${net.spec.key} ended without an evaluation`);
    return { unit, result, weights: plainWeights(weights), runs: nets.map((n) => n.spec) };
  },

  checkResult(x) {
    if (!isRecord(x) || !Array.isArray(x.runs)) throw new ExperimentError('an AlgebraNets point result needs unit, result, weights and runs');
    return {
      unit: checkUnitRecording(x.unit, 'an AlgebraNets point'), result: checkRunResult(x.result), weights: checkPlainWeights(x.weights, 'an AlgebraNets point'), runs: x.runs.map(checkRunSpec),
    };
  },

  merge(params, _seed, results) {
    const choices = planChoices(params);
    const present = choices.flatMap(({ key }, i) => {
      const r = results.get(i);
      if (r && r.result.key !== key) throw new ExperimentError(`point ${i} holds net ${r.result.key}, not ${key}`);
      return r ? [r] : [];
    });
    const rows = sideBySide(present.map((r) => r.unit.rows));
    if (present.length === 0) return { rows, artifacts: {} };
    const { runs } = present[0];
    if (runs.length !== choices.length || runs.some((s, i) => s.key !== choices[i].key) || present.some((r) => JSON.stringify(r.runs) !== JSON.stringify(runs))) {
      throw new ExperimentError('the points disagree with each other or with these settings on the networks of the run');
    }
    const weights = present.reduce<NamedWeights>((w, r) => ({ ...w, ...namedWeights(r.weights) }), {});
    return { rows, artifacts: { runs, results: present.map((r) => r.result), weights } };
  },

  timingMetrics: STEPS_PER_SEC,
};

export const algebraSweepGrid = bindSweep({ slug: 'algebranets', ...algebraExperiment }, algebraGrid);
