/**
 * Chinchilla against Gopher in miniature (Hoffmann et al. 2022, Section 4),
 * claim b's own experiment: at one compute budget, the model nearest a given
 * frontier size and one 4× larger on about 4× fewer tokens, each trained on
 * exactly that budget (at least MIN_STEPS steps) with the sweep's recipe,
 * corpus, data order and held-out windows (trainRun.ts). The claim takes the
 * budget and the frontier size from a finished sweep and passes them in.
 */
import { defineExperiment, type RunEvent } from '../../core/experiment';
import { countParams } from '../../core/lm';
import type { Presets } from '../../core/params/presets';
import { defineSchema, num, type ParamsOf } from '../../core/params/schema';
import { sweepData } from './experiment';
import { chinchillaSchema } from './params';
import { chinchillaPresets } from './presets';
import { MIN_STEPS, lmConfig, widthForParams } from './sweepPlan';
import { stepEvents, trainRun } from './trainRun';

export const frontierPairSchema = defineSchema({
  ...chinchillaSchema,
  flops: num({
    key: 'flops', group: 'training', label: 'Compute budget', default: 1e9, min: 1e6, max: 1e16, log: true, unit: 'FLOPs',
    help: 'Compute of each of the two models, C = 6 N D.',
  }),
  frontierParams: num({
    key: 'nopt', group: 'model', label: 'Frontier size', default: 5000, min: 1, max: 1e9, log: true,
    help: 'Parameters of the smaller model: the compute-optimal size the sweep fitted at this budget.',
  }),
});

export type FrontierPairParams = ParamsOf<typeof frontierPairSchema>;

/** The sweep's presets: the budget and the frontier size come from the sweep, as overrides. */
const frontierPairPresets: Presets<FrontierPairParams> = chinchillaPresets;

/** One of the two models, trained. */
export interface PairModel {
  N: number;
  dModel: number;
  steps: number;
  /** Tokens trained on: steps · B · T. */
  tokens: number;
  finalLoss: number;
}

export interface FrontierPairArtifacts {
  /** The frontier model, then the 4× larger one, as each finishes. */
  pair: PairModel[];
}

/** A training step's loss and learning rate, and which model (0: frontier, 1: 4× larger). */
export type FrontierPairMetric = 'loss' | 'lr' | 'model';

type PairEvent = RunEvent<FrontierPairArtifacts, FrontierPairMetric>;

export const frontierPairExperiment = defineExperiment<FrontierPairArtifacts, FrontierPairMetric>()({
  schema: frontierPairSchema,
  presets: frontierPairPresets,
  run: async function* (p, ctx) {
    const small = lmConfig(p, widthForParams(p, p.frontierParams));
    const large = lmConfig(p, widthForParams(p, 4 * countParams(small).total));
    const { train, evalTokens } = sweepData(p, ctx.rng);
    const tokensPerStep = p.batchSize * p.seqLen;
    const models = [small, large].map((config) => {
      const N = countParams(config).total;
      return { config, N, steps: Math.max(MIN_STEPS, Math.round(p.flops / (6 * N * tokensPerStep))) };
    });
    const total = models[0].steps + models[1].steps;
    const label = 'training the frontier model and a 4× larger one';
    const pair: PairModel[] = [];
    let done = 0;
    for (const [k, m] of models.entries()) {
      yield { kind: 'segment', label: `N = ${m.N}` };
      const run = trainRun({
        config: m.config, steps: m.steps, batchSize: p.batchSize, lr: p.lr, warmup: p.warmup, train, evalTokens,
        evalBatches: p.evalBatches, modelRng: ctx.rng.fork('claim.model'), dataRng: ctx.rng.fork('batches'), signal: ctx.signal, live: () => ctx.live(),
      });
      const out = yield* stepEvents(run, (s): PairEvent[] => [
        { kind: 'metrics', step: ++done, values: { loss: s.loss, lr: s.lr, model: k } },
        { kind: 'progress', done, total, label },
      ]);
      if (!out) return;
      pair.push({ N: m.N, dModel: m.config.dModel, steps: m.steps, tokens: m.steps * tokensPerStep, finalLoss: out.finalLoss });
      yield { kind: 'artifact', name: 'pair', data: [...pair] };
    }
  },
});
