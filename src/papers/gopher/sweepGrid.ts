/**
 * The Gopher family (experiment.ts) as a grid of independent points for
 * `npm run sweep`: point k is family member k, trained and evaluated by the
 * experiment's own `trainMember` with the same random streams (the model from
 * fork `model.<k>`, batches from fork 'batches'), so its rows are the
 * experiment's, bit for bit on the same backend. The corpus and the probe
 * batteries are built once per worker process and shared by its points. The
 * merge replays the members' rows in family order (the step counter runs
 * across members) and builds the artifacts with the experiment's
 * `familyArtifacts`: the loss fit only once every member is in.
 */
import { ExperimentError } from '../../core/experiment';
import { Rng } from '../../core/rng';
import { bindSweep, type SweepGrid } from '../../core/sweep/grid';
import { isRecord } from '../../core/sweep/plainData';
import { checkPlainWeights, namedWeights, plainWeights, type PlainWeights } from '../../core/sweep/plainWeights';
import { checkUnitRecording, recordUnit, replayUnits, type UnitRecording } from '../../core/sweep/unitRecording';
import { stepsForBudget } from '../../core/train/schedule';
import { checkModelResult } from './checkModelResult';
import { familyArtifacts, gopherData, gopherExperiment, trainMember, type GopherArtifacts, type ModelResult } from './experiment';
import { gopherFamily } from './family';
import type { GopherParams } from './params';

/** One trained member: its rows as the experiment yields them, its evaluation, sample and weights. */
export interface GopherPointResult {
  unit: UnitRecording;
  result: ModelResult;
  text: string;
  /** The sample prompt (the same for every member of a run). */
  prompt: string;
  weights: PlainWeights;
}

const dataKey = (p: GopherParams, seed: number): string => `gopher.data:${seed}:${p.corpusTokens}:${p.seqLen}:${p.probesPerFamily}:${p.shots}`;

export const gopherGrid: SweepGrid<GopherParams, GopherPointResult> = {
  points(params) {
    const steps = stepsForBudget(params.tokens, params.batchSize, params.seqLen);
    return gopherFamily(params).map((m, k) => ({ label: `model ${k + 1}: ${m.name}, N = ${m.N}`, cost: m.flopsPerToken * steps * params.batchSize * params.seqLen }));
  },

  async runPoint(params, seed, k, ctx) {
    const rng = new Rng(seed);
    // Every member reads the same corpus and probe batteries: made once per worker process.
    const data = ctx.shared(dataKey(params, seed), () => gopherData(params, rng));
    const steps = stepsForBudget(params.tokens, params.batchSize, params.seqLen);
    const member = trainMember({
      params, family: gopherFamily(params), k, data, steps, rng, tf: ctx.tf, signal: ctx.signal, live: () => params, loadReports: [],
    });
    const { unit, value } = await recordUnit(member, ctx, { progress: (done) => (done - k * steps) / steps });
    if (!value) throw new ExperimentError('the point was stopped');
    return { unit, result: value.result, text: value.text, prompt: data.samplePrompt, weights: plainWeights(value.weights) };
  },

  checkResult(x) {
    if (!isRecord(x) || typeof x.text !== 'string' || typeof x.prompt !== 'string') throw new ExperimentError('a Gopher point result needs unit, result, text, prompt and weights');
    return { unit: checkUnitRecording(x.unit, 'a Gopher point'), result: checkModelResult(x.result), text: x.text, prompt: x.prompt, weights: checkPlainWeights(x.weights, 'a Gopher point') };
  },

  merge(params, _seed, results) {
    const family = gopherFamily(params);
    const present = family.flatMap((m, k) => {
      const r = results.get(k);
      if (r && r.result.name !== m.name) throw new ExperimentError(`point ${k} holds model ${r.result.name}, not ${m.name}`);
      return r ? [r] : [];
    });
    const { rows } = replayUnits(present.map((r) => r.unit));
    if (!present.length) return { rows, artifacts: { family } };
    const { lossFit, ...rest } = familyArtifacts(present[0].prompt, present.map((r) => ({ result: r.result, text: r.text, weights: namedWeights(r.weights) })));
    // The fit over every member, as the one-process run ends; a partial family has none.
    const artifacts: Partial<GopherArtifacts> = { family, ...rest, ...(lossFit && present.length === family.length ? { lossFit } : {}) };
    return { rows, artifacts };
  },

  timingMetrics: ['tokensPerSec', 'probesPerSec'],
};

export const gopherSweepGrid = bindSweep({ slug: 'gopher', ...gopherExperiment }, gopherGrid);
