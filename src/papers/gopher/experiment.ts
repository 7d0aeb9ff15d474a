/**
 * The Gopher family run (Rae et al. 2021, arXiv 2112.11446, Sections 3-4):
 * every model of the tiny family (family.ts) trains on the same token budget
 * with warm-up, cosine decay by 10× and gradient clipping, on one corpus and
 * one data order; then its held-out loss, its accuracy on each task family
 * (tasks.ts) and a greedy sample.
 *
 * The family comes first. Each model starts a segment, reports a training row
 * per step (the step counter runs across models), then one evaluation row
 * taken while it is still alive (so the runner's leak check sees training and
 * evaluation alike), then the cumulative results, the loss fit once two
 * models are done, the samples and the trained weights. One member's work is
 * `trainMember` and the artifacts are `familyArtifacts`: `npm run sweep` runs
 * the members as points through the same two (sweepGrid.ts).
 */
import { ExperimentError, defineExperiment, type RunEvent, type Tf } from '../../core/experiment';
import { batchSampler, decode, encode, makeCorpus, splitTrainVal, tokenId, type Corpus } from '../../core/corpus';
import { AdamW } from '../../core/nn/adamw';
import { TransformerLM, evaluate } from '../../core/lm';
import { learningRate, stepsForBudget, type CosineSchedule } from '../../core/train/schedule';
import { EVAL_BATCH, VAL_FRACTION } from '../../core/train/evalDefaults';
import { lmStep } from '../../core/train/lmStep';
import { trainLoop } from '../../core/train/trainLoop';
import { generate } from '../../core/lm/generate';
import type { Rng } from '../../core/rng';
import type { Recording } from '../../core/runner/RunRecorder';
import { readWeights, startFrom, type NamedWeights, type WeightsArtifacts } from '../../core/weights/namedWeights';
import { gopherFamily, type FamilyMember } from './family';
import { gopherSchema, type GopherParams } from './params';
import { gopherPresets } from './presets';
import { perFamily, TASK_FAMILIES, taskBattery, type TaskFamily, type TaskItem } from './tasks';
import { scoreItems, type FamilyScore } from './taskScoring';


export interface ModelResult {
  name: string;
  N: number;
  evalLoss: number;
  bpc: number;
  /** Multiple-choice accuracy per task family. */
  scores: Record<TaskFamily, number>;
  /** Greedy exact match of the correct answer per family (stricter, secondary). */
  exact: Record<TaskFamily, number>;
}

/** loss ≈ coef · N^exponent, least squares in log-log. */
export interface LossFit {
  exponent: number;
  coef: number;
  r2: number;
}

export interface Samples {
  prompt: string;
  completions: { name: string; text: string }[];
}

export interface GopherArtifacts extends WeightsArtifacts {
  /** The family's shapes and counts, before any training. */
  family: FamilyMember[];
  /** The models evaluated so far, smallest first. */
  results: ModelResult[];
  /** Held-out loss against size, once two models are evaluated. */
  lossFit: LossFit;
  samples: Samples;
}

/**
 * A training row: loss, learning rate, the model (family index; `segment`
 * repeats it for thinned history) and tokens/s. An evaluation row: the model,
 * its held-out loss and bits per character, and probes scored per second.
 */
export type GopherMetric = 'loss' | 'lr' | 'model' | 'segment' | 'tokensPerSec' | 'evalLoss' | 'bpc' | 'probesPerSec';

export type GopherRecording = Recording<GopherArtifacts, GopherMetric>;

export function fitPowerLaw(points: readonly { N: number; loss: number }[]): LossFit {
  const xs = points.map((p) => Math.log(p.N)), ys = points.map((p) => Math.log(p.loss));
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n, my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  const exponent = sxx > 0 ? sxy / sxx : 0;
  const r2 = sxx > 0 && syy > 0 ? (sxy * sxy) / (sxx * syy) : n >= 2 && syy === 0 ? 1 : 0;
  return { exponent, coef: Math.exp(my - exponent * mx), r2 };
}

/** Warm-up (capped at a quarter of the run), then cosine decay by 10× over exactly `steps`. */
export function gopherSchedule(lr: number, warmup: number, steps: number): CosineSchedule {
  return { lr, warmupSteps: Math.min(warmup, Math.floor(steps / 4)), totalSteps: steps, minRatio: 0.1 };
}

/** Peak learning rate of a member: Table 1's ratio to the 44M model's, or the same for all. */
export function memberLr(p: Pick<GopherParams, 'lr' | 'lrScaling'>, m: FamilyMember): number {
  return p.lrScaling === 'table1' ? p.lr * m.lrRatio : p.lr;
}

export type Battery = Record<TaskFamily, TaskItem[]>;

export interface GopherData {
  corpus: Corpus;
  train: Uint8Array;
  /** The held-out text; a model scores its first evalBatches × EVAL_BATCH windows. */
  evalTokens: Uint8Array;
  /** The battery of the run's start settings. */
  battery: Battery;
  /** The battery for a number of probes and shots: the same items for every model evaluated with them. */
  batteryFor(probesPerFamily: number, shots: number): Battery;
  samplePrompt: string;
}

/** Corpus, splits, task battery and sample prompt, all from the seed. */
export function gopherData(p: GopherParams, rng: Rng): GopherData {
  const corpus = makeCorpus({ totalTokens: p.corpusTokens }, rng.fork('data'));
  const { train, val } = splitTrainVal(corpus.tokens, VAL_FRACTION);
  if (val.length < p.seqLen + 1 || train.length < p.seqLen + 2) {
    throw new ExperimentError(`corpus of ${p.corpusTokens} tokens is too small for context length ${p.seqLen}`);
  }
  const batteries = new Map<string, Battery>();
  const batteryFor = (probesPerFamily: number, shots: number): Battery => {
    const key = `${probesPerFamily}:${shots}`;
    let b = batteries.get(key);
    if (!b) batteries.set(key, (b = taskBattery(corpus, probesPerFamily, shots, rng.fork('probes'))));
    return b;
  };
  const battery = batteryFor(p.probesPerFamily, p.shots);
  return { corpus, train, evalTokens: val, battery, batteryFor, samplePrompt: battery.knowledge[0]?.query ?? '|the ' };
}

/**
 * Held-out loss, task scores and a greedy sample of a trained member, with the
 * evaluation settings in force now (`p`: the run's live values).
 */
async function evaluateMember(model: TransformerLM, m: FamilyMember, data: GopherData, p: GopherParams, signal: AbortSignal) {
  const ev = await evaluate(model, data.evalTokens, { batchSize: EVAL_BATCH, maxBatches: p.evalBatches });
  const battery = data.batteryFor(p.probesPerFamily, p.shots);
  const t0 = performance.now();
  const scored: FamilyScore[] = [];
  let count = 0;
  for (const f of TASK_FAMILIES) {
    scored.push(await scoreItems(model, battery[f]));
    count += battery[f].length;
  }
  const scoreOf = (f: TaskFamily): FamilyScore => scored[TASK_FAMILIES.indexOf(f)];
  const scores = perFamily((f) => scoreOf(f).accuracy), exact = perFamily((f) => scoreOf(f).exact);
  const probesPerSec = count / Math.max(1e-3, (performance.now() - t0) / 1000);
  const ids = await generate(model, encode(data.samplePrompt), p.sampleChars, { stopToken: tokenId('\n'), signal });
  const result: ModelResult = { name: m.name, N: m.N, evalLoss: ev.loss, bpc: ev.bpc, scores, exact };
  return { result, probesPerSec, text: decode(ids) };
}

/** One trained and evaluated member: what the family's artifacts take from it. */
export interface MemberOutcome {
  result: ModelResult;
  /** Its greedy completion of the sample prompt. */
  text: string;
  /** Its weights, named `m<k>.<param>`. */
  weights: NamedWeights;
}

export interface MemberRun {
  params: GopherParams;
  family: readonly FamilyMember[];
  /** The member's index in the family. */
  k: number;
  data: GopherData;
  /** Optimiser steps per member. */
  steps: number;
  /** The run's root stream: the member forks `model.<k>` and 'batches' from it. */
  rng: Rng;
  tf: Tf;
  signal: AbortSignal;
  live(): GopherParams;
  /** A loaded weights file, and the run's load reports so far (the member adds its own). */
  weights?: NamedWeights;
  loadReports: string[];
}

/**
 * One member of the family start to end: its segment, a training row per step
 * (the step counter runs across members: member k's first is k · steps + 1),
 * its evaluation row and progress. Returns what it hands the family's
 * artifacts, or undefined when the run was stopped.
 */
export async function* trainMember(o: MemberRun): AsyncGenerator<RunEvent<GopherArtifacts, GopherMetric>, MemberOutcome | undefined, void> {
  const { params, k, data, steps } = o;
  const m = o.family[k];
  const total = steps * o.family.length;
  const tokensPerStep = params.batchSize * params.seqLen;
  let done = k * steps;
  const label = `model ${k + 1} of ${o.family.length}: ${m.name}`;
  yield { kind: 'progress', done, total, label };
  yield { kind: 'segment', label: m.name };
  const model = new TransformerLM(m.config, o.rng.fork(`model.${k}`));
  const loaded = startFrom(o.tf, o.weights, model.weights, `m${k}.`, m.name);
  if (loaded) {
    o.loadReports.push(loaded);
    yield { kind: 'artifact', name: 'weightsLoaded', data: o.loadReports.join(' ') };
  }
  const opt = new AdamW(model.weights);
  try {
    const next = batchSampler(data.train, params.batchSize, params.seqLen, o.rng.fork('batches'));
    for await (const st of trainLoop({
      steps,
      signal: o.signal,
      live: () => o.live(),
      lr: (s, live) => learningRate(s, gopherSchedule(memberLr(live, m), live.warmup, steps)),
      step: lmStep(model, opt, { batch: next, clipNorm: (live) => live.clipNorm }),
    })) {
      const tokensPerSec = tokensPerStep / Math.max(1e-6, st.ms / 1000);
      done++;
      yield { kind: 'metrics', step: done, values: { loss: st.loss, lr: st.lr, model: k, segment: k, tokensPerSec } };
      yield { kind: 'progress', done, total, label };
    }
    if (o.signal.aborted) return undefined;
    yield { kind: 'progress', done, total, label: `${label}: evaluating` };
    const out = await evaluateMember(model, m, data, o.live(), o.signal);
    if (o.signal.aborted) return undefined;
    const weights = await readWeights(model.weights, `m${k}.`);
    // Reported while the model is alive, so the runner's leak check sees training and evaluation alike.
    yield { kind: 'metrics', step: done, values: { model: k, segment: k, evalLoss: out.result.evalLoss, bpc: out.result.bpc, probesPerSec: out.probesPerSec } };
    return { result: out.result, text: out.text, weights };
  } finally {
    model.dispose();
    opt.dispose();
  }
}

/** The family's results, loss fit (from two members on), samples and weights after the members `done`, in family order. */
export function familyArtifacts(samplePrompt: string, done: readonly MemberOutcome[]): Pick<GopherArtifacts, 'results' | 'samples' | 'weights'> & { lossFit?: LossFit } {
  const results = done.map((d) => d.result);
  return {
    results,
    ...(results.length >= 2 ? { lossFit: fitPowerLaw(results.map((r) => ({ N: r.N, loss: r.evalLoss }))) } : {}),
    samples: { prompt: samplePrompt, completions: done.map((d, i) => ({ name: results[i].name, text: d.text })) },
    weights: done.reduce<NamedWeights>((w, d) => ({ ...w, ...d.weights }), {}),
  };
}

export const gopherExperiment = defineExperiment<GopherArtifacts, GopherMetric>()({
  schema: gopherSchema,
  presets: gopherPresets,
  run: async function* (params, ctx) {
    const family = gopherFamily(params);
    yield { kind: 'artifact', name: 'family', data: family };
    const data = gopherData(params, ctx.rng);
    const steps = stepsForBudget(params.tokens, params.batchSize, params.seqLen);
    const done: MemberOutcome[] = [];
    // Each member's weights are named `m<k>.<param>`; a loaded file starts the members it matches.
    const loadReports: string[] = [];
    for (const k of family.keys()) {
      if (ctx.signal.aborted) return;
      const out = yield* trainMember({ params, family, k, data, steps, rng: ctx.rng, tf: ctx.tf, signal: ctx.signal, live: () => ctx.live(), weights: ctx.weights, loadReports });
      if (!out) return;
      done.push(out);
      const a = familyArtifacts(data.samplePrompt, done);
      yield { kind: 'artifact', name: 'results', data: a.results };
      if (a.lossFit) yield { kind: 'artifact', name: 'lossFit', data: a.lossFit };
      yield { kind: 'artifact', name: 'samples', data: a.samples };
      yield { kind: 'artifact', name: 'weights', data: a.weights };
    }
    yield { kind: 'progress', done: steps * family.length, total: steps * family.length, label: 'done' };
  },
});
