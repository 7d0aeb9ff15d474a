/**
 * The RIMs run (Goyal et al. 2019, arXiv 1909.10893, Sec. 4): a RIMs model
 * and the parameter-matched LSTM train side by side on the same batches; every
 * `evalEvery` steps both are scored at the training length and at each test
 * length or resolution, and the RIMs model's module activity on one test
 * sequence is recorded.
 *
 * The models' sizes come first; then a training row per step, and at each
 * evaluation a row of scores at the same step (at the training length and the
 * longest test length), then every evaluation so far, the weights, and the
 * module activity.
 *
 * Live fields, read at each step: the learning rate, the gradient clip, the
 * attention dropout and the evaluation cadence.
 */
import { AdamW } from '../../core/nn/adamw';
import { defineExperiment, ExperimentError, type MetricValues } from '../../core/experiment';
import type { Recording } from '../../core/runner/RunRecorder';
import { readWeights, startFrom, type NamedWeights, type WeightsArtifacts } from '../../core/weights/namedWeights';
import { evaluate } from './evaluate';
import { buildBaseline, buildRims } from './models';
import { rimsSchema } from './params';
import { rimsPresets } from './presets';
import type { SeqModel } from './seqModel';
import { traceOf } from './taskPreview';
import { taskData, type TaskData } from './taskData';
import { trainSeqStep } from './trainSeq';
import type { DropoutCtx } from './cell';

export type ModelName = 'rims' | 'lstm';

export interface ModelsInfo {
  rimsParams: number;
  lstmParams: number | null;
  lstmWidth: number | null;
  evalLabels: string[];
}

export interface EvalPoint {
  step: number;
  model: ModelName;
  /** Index into ModelsInfo.evalLabels. */
  set: number;
  loss: number;
  accuracy: number;
}

export interface Activity {
  step: number;
  label: string;
  modules: number;
  active: number;
  /** 1 where module k was active at time t, [T][K], for test sequence 0. */
  mask: number[][];
  /** The input of sequence 0 at each step: a token (copying), a pixel, or a value (adding). */
  input: number[];
  /** Share of the test sequences in which each module was active, [T][K]. */
  share: number[][];
}

export interface RimsArtifacts extends WeightsArtifacts {
  models: ModelsInfo;
  /** Every evaluation so far, of each model on each set. */
  evals: EvalPoint[];
  /** The RIMs model's module activity at the latest evaluation. */
  activity: Activity;
}

/**
 * A model's metrics: training loss and sequence steps/s each step; at each
 * evaluation, loss and accuracy at the longest test length and accuracy at
 * the training length.
 */
export type ModelMetricKind = 'Loss' | 'SeqStepsPerSec' | 'TestLoss' | 'TestAcc' | 'TrainAcc';
/**
 * `segment` is 0 in every row: one segment, both models train from the first
 * step. It stays as data that stored runs carry (core/history/thinRows reads it).
 */
export type RimsMetric = 'segment' | 'lr' | `${ModelName}${ModelMetricKind}`;

export const modelMetric = <K extends ModelMetricKind>(model: ModelName, kind: K): `${ModelName}${K}` => `${model}${kind}`;

/** A RIMs run as the panel, its plots, claims and tests read it. */
export type RimsRecording = Recording<RimsArtifacts, RimsMetric>;

export const ADAM = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0 };

/** Input of sequence 0 per step, one number: the token, the pixel, or the value (marked steps negated). */
export function inputTrace(data: TaskData, set: number): number[] {
  return traceOf(data.evals[set].batch);
}

/** The evaluation set the heat map shows: the first test length. */
export const ACTIVITY_SET = 1;

async function evaluateAll(models: [ModelName, SeqModel][], data: TaskData, step: number) {
  const points: EvalPoint[] = [];
  let activity: Activity | null = null;
  for (const [name, model] of models) {
    for (const [i, set] of data.evals.entries()) {
      const withActivity = name === 'rims' && i === ACTIVITY_SET;
      const s = await evaluate(model, set.batch, withActivity);
      points.push({ step, model: name, set: i, loss: s.loss, accuracy: s.accuracy });
      if (withActivity) {
        const cell = model.cell;
        activity = { step, label: set.label, modules: cell.modules, active: 0, mask: s.activity, input: [], share: s.activityShare };
      }
    }
  }
  return { points, activity };
}

export const rimsExperiment = defineExperiment<RimsArtifacts, RimsMetric>()({
  schema: rimsSchema,
  presets: rimsPresets,
  run: async function* (params, ctx) {
    if (params.active > params.modules) {
      throw new ExperimentError(`k_A = ${params.active} active modules cannot exceed k_T = ${params.modules} modules: lower k_A or raise k_T.`);
    }
    const data = taskData(params, ctx.rng.fork('data'));
    const rims = buildRims(params, ctx.rng.fork('rims'));
    const lstm = params.baseline ? buildBaseline(params, rims.paramCount, ctx.rng.fork('lstm')) : null;
    const models: [ModelName, SeqModel][] = lstm ? [['rims', rims], ['lstm', lstm]] : [['rims', rims]];
    const opts = models.map(([, m]) => new AdamW(m.weights, ADAM));
    const dropRng = ctx.rng.fork('dropout');
    const dropSeed = () => dropRng.tfSeed();
    const info: ModelsInfo = {
      rimsParams: rims.paramCount,
      lstmParams: lstm?.paramCount ?? null,
      lstmWidth: lstm?.cell.hiddenPerModule ?? null,
      evalLabels: data.evals.map((e) => e.label),
    };
    const trace = inputTrace(data, ACTIVITY_SET);
    const points: EvalPoint[] = [];
    try {
      yield { kind: 'artifact', name: 'models', data: info };
      // A weights file names each model's tensors `rims.*` and `lstm.*`.
      const loaded = models.map(([name, m]) => startFrom(ctx.tf, ctx.weights, m.weights, `${name}.`, name === 'rims' ? 'RIMs' : 'LSTM')).filter((l) => l !== null);
      if (loaded.length) yield { kind: 'artifact', name: 'weightsLoaded', data: loaded.join(' ') };
      for (let step = 1; step <= params.steps; step++) {
        if (ctx.signal.aborted) return;
        const batch = data.next();
        // Live fields, read afresh at each step: a change applies from the next step.
        const { lr, clipNorm, dropout: rate } = ctx.live();
        const dropout: DropoutCtx | null = rate > 0 ? { rate, seed: dropSeed } : null;
        const values: MetricValues<RimsMetric> = { segment: 0, lr };
        for (const [i, [name, model]] of models.entries()) {
          const t0 = performance.now();
          const lossT = trainSeqStep(model, opts[i], batch, lr, clipNorm, name === 'rims' ? dropout : null);
          values[modelMetric(name, 'Loss')] = (await lossT.data())[0];
          lossT.dispose();
          // Sequence steps per second of this model: the bench compares RIMs and LSTM per backend.
          values[modelMetric(name, 'SeqStepsPerSec')] = (batch.T * batch.B) / Math.max(1e-6, (performance.now() - t0) / 1000);
        }
        yield { kind: 'metrics', step, values };
        yield { kind: 'progress', done: step, total: params.steps, label: `step ${step} of ${params.steps}` };
        // The cadence is read after the step's row, so a change made there decides this step's evaluation.
        if (step % ctx.live().evalEvery === 0 || step === params.steps) {
          yield { kind: 'progress', done: step, total: params.steps, label: `step ${step}: evaluating` };
          const ev = await evaluateAll(models, data, step);
          if (ctx.signal.aborted) return;
          points.push(...ev.points);
          const last = data.evals.length - 1;
          const row: MetricValues<RimsMetric> = { segment: 0 };
          for (const p of ev.points) {
            if (p.set === last) {
              row[modelMetric(p.model, 'TestLoss')] = p.loss;
              row[modelMetric(p.model, 'TestAcc')] = p.accuracy;
            }
            if (p.set === 0) row[modelMetric(p.model, 'TrainAcc')] = p.accuracy;
          }
          yield { kind: 'metrics', step, values: row };
          yield { kind: 'artifact', name: 'evals', data: [...points] };
          let trained: NamedWeights = {};
          for (const [name, m] of models) trained = { ...trained, ...(await readWeights(m.weights, `${name}.`)) };
          yield { kind: 'artifact', name: 'weights', data: trained };
          if (ev.activity) yield { kind: 'artifact', name: 'activity', data: { ...ev.activity, active: params.active, input: trace } };
        }
      }
    } finally {
      for (const [, m] of models) m.dispose();
      for (const o of opts) o.dispose();
    }
  },
});
