/**
 * The routed sweep (experiment.ts) as a grid of independent points for
 * `npm run sweep`: point i is planned model i (sweepPlan.ts), trained and
 * evaluated by the experiment's own `trainModel` with the same random streams
 * (the corpus from fork 'data', the model from `init.<replica>.<width>`,
 * batches from `batches.<replica>`, routing noise from `route.<index>`), so
 * its rows are the experiment's, bit for bit on the same backend. The corpus
 * is made once per worker process and shared by its points. The merge replays
 * the models in plan order through the experiment's RoutedSweepLog (the
 * routing overhead against each size's dense model, the results) and adds the
 * law fits only once every model is in.
 */
import { ExperimentError } from '../../core/experiment';
import { Rng } from '../../core/rng';
import { bindSweep, type SweepGrid } from '../../core/sweep/grid';
import { checkUnitRecording, recordUnit, replayUnits, type UnitRecording } from '../../core/sweep/unitRecording';
import { countParams } from '../../core/lm';
import { isRecord } from '../../core/sweep/plainData';
import { routedData, routedExperiment, routedPlan, trainModel } from './experiment';
import type { RoutedParams } from './params';
import { lmConfig } from './sweepPlan';
import { RoutedSweepLog } from './sweepLog';
import { checkRunResult, type RunResult } from './sweepResults';

/** One trained model: its rows and routing artifacts as trainModel yields them (before the sweep adds its routing overhead), and its result. */
export interface RoutedPointResult {
  unit: UnitRecording;
  result: RunResult;
}


const dataKey = (p: RoutedParams, seed: number): string => `routed.data:${seed}:${p.corpusTokens}:${p.seqLen}:${p.tokens}:${p.bpeVocab}`;

export const routedGrid: SweepGrid<RoutedParams, RoutedPointResult> = {
  points(params) {
    const { plan } = routedPlan(params);
    return plan.map((r) => ({
      label: `model ${r.index + 1}: d=${r.width}, E=${r.E}${r.router === 'dense' ? ' (dense)' : `, ${r.router}`}`,
      cost: countParams(lmConfig(params, r.width, params.tokens === 'bpe' ? params.bpeVocab : undefined)).total,
    }));
  },

  async runPoint(params, seed, index, ctx) {
    const { plan } = routedPlan(params);
    const run = plan[index];
    const rng = new Rng(seed);
    // Every model of a sweep reads the same corpus: made once per worker process.
    const data = ctx.shared(dataKey(params, seed), () => routedData(params, rng));
    const model = trainModel({ params, run, models: plan.length, data, rng, signal: ctx.signal, live: () => params });
    const { unit, value } = await recordUnit(model, ctx, { progress: (done) => (done - index * params.steps) / params.steps, keep: ['routing', 'tokenRoutes'] });
    if (!value) throw new ExperimentError('the point was stopped');
    return { unit, result: value };
  },

  checkResult(x) {
    if (!isRecord(x)) throw new ExperimentError('a routed point result needs unit and result');
    return { unit: checkUnitRecording(x.unit, 'a routed point'), result: checkRunResult(x.result) };
  },

  merge(params, _seed, results) {
    const { plan, routers } = routedPlan(params);
    const log = new RoutedSweepLog(routers);
    const units: UnitRecording[] = [];
    for (const run of plan) {
      const r = results.get(run.index);
      if (!r) continue;
      if (r.result.index !== run.index || r.result.E !== run.E || r.result.router !== run.router || r.result.width !== run.width) {
        throw new ExperimentError(`point ${run.index} holds model ${r.result.index + 1} (E=${r.result.E}, ${r.result.router}), not the planned one`);
      }
      units.push({ rows: r.unit.rows.map((row) => ({ step: row.step, values: log.row(run, row.values) })), artifacts: r.unit.artifacts });
      log.add(r.result);
    }
    const { rows, artifacts } = replayUnits(units);
    // The law fitted to every model, as the one-process sweep ends; a sweep with a model missing has none.
    const done = log.results();
    return { rows, artifacts: { plan, ...artifacts, ...(done.length ? { results: done } : {}), ...(done.length === plan.length ? { fits: log.fits() } : {}) } };
  },

  timingMetrics: ['tokensPerSec', 'routingOverhead'],
};

export const routedSweepGrid = bindSweep({ slug: 'routed-scaling', ...routedExperiment }, routedGrid);
