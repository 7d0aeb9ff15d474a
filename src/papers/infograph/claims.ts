/**
 * InfoGraph's claims at browser scale (Sun et al. 2020, arXiv 1908.01000):
 *   a. InfoGraph's 10-fold linear-probe accuracy on MUTAG-like nitroarenes is
 *      at least the WL subtree kernel's under the same probe and folds, mean of
 *      seeds 1-3 (Table 2 sets InfoGraph against graph kernels and other
 *      unsupervised methods, WL first; it reports no untrained encoder, so the
 *      old 5-point gain over one is ours and is printed beside as before);
 *   b. on motif graphs InfoGraph's probe accuracy is within 10 points of a
 *      supervised GIN's (Table 2: unsupervised InfoGraph competitive with
 *      supervised methods; 89.0% on MUTAG);
 *   c. the JSD estimator matches the official formula on hand-computed scores.
 * Each preset runs once per seed and backend through presetRun, which shares it between claims.
 */
import * as tf from '@tensorflow/tfjs-core';
import { claimRunOptions, claimsOnPresets, runFacts, type Claim, type ClaimContext, type ClaimResult, type RunFacts } from '../../core/claims';
import type { ProbeResult } from '../../core/graph/linearProbe';
import { meanStd } from '../../core/graph/linearProbe';
import { stratifiedKFold } from '../../core/graph/stratifiedKFold';
import { Rng } from '../../core/rng';
import { presetRun, type PresetRunOptions } from '../../core/runner/presetRun';
import { makeGraphSet, type DatasetInfo } from './dataset';
import { infographExperiment, probe, type Results, type SupervisedResult } from './experiment';
import { localGlobalJsd } from './jsd';
import { infographSchema, type InfographParams } from './params';
import { infographPresets } from './presets';
import { wlSubtreeFeatures } from './wlSubtree';

export const MUTAG_PRESET = 'claims';
export const MOTIF_PRESET = 'claims-motif';
/** Claim a's old measure: least gain of InfoGraph over the untrained encoder, in accuracy (ours, not the paper's; printed beside). */
export const MIN_GAIN = 0.05;
/** Claim a: seeds averaged (ctx's seed and the next ones), as the paper averages its runs. */
export const WL_SEEDS = 3;
/**
 * Claim a: WL iterations, fixed before any InfoGraph result was seen: the paper gives no h for
 * its WL row, so h is the claims encoder's depth (3 GIN layers), and both see 3-hop neighbourhoods.
 */
export const WL_HEIGHT = 3;
/** Claim b: largest gap below the supervised GIN, in accuracy. */
export const MAX_GAP = 0.1;
/** Claim c: largest absolute difference from the hand-computed values. */
export const JSD_TOL = 1e-5;

/** What a claim reads of a finished run: its results (InfoGraph's probe always there), the data set, the time. */
interface RunOutcome extends RunFacts<InfographParams> {
  results: Results;
  infograph: ProbeResult;
  supervised: SupervisedResult | null;
  info: DatasetInfo;
}

/** A preset's run for ctx's seed, shared between the claims that ask for it. */
export async function claimsRun(preset: string, ctx: ClaimContext, onProgress?: PresetRunOptions['onProgress'], seed = ctx.rng.seed): Promise<RunOutcome> {
  const run = await presetRun(infographExperiment, preset, {}, claimRunOptions(ctx, onProgress, seed));
  const { results, dataset } = run.recording.artifacts;
  if (!results?.infograph || !dataset || (run.params.supEpochs > 0 && !results.supervised)) throw new Error(`the ${preset} run ended before its evaluation`);
  return { ...runFacts(run), results, infograph: results.infograph, supervised: results.supervised, info: dataset };
}

/**
 * The WL subtree kernel's probe on a finished run's own graphs and folds: the run's data and folds
 * are rebuilt from its params and seed (the experiment's 'data' and 'folds' streams), checked
 * against the run's data set, and scored with the run's full probe.
 */
export function wlProbe(o: Pick<RunOutcome, 'params' | 'seed' | 'info'>, h = WL_HEIGHT): ProbeResult {
  const rng = new Rng(o.seed);
  const set = makeGraphSet(o.params, rng.fork('data'));
  const counts = set.labels.reduce((c, y) => (c[y]++, c), set.classNames.map(() => 0));
  if (set.graphs.length !== o.info.count || counts.join() !== o.info.classCounts.join())
    throw new Error(`the rebuilt data set (${set.graphs.length} graphs, ${counts.join(' / ')}) is not the run's (${o.info.count}, ${o.info.classCounts.join(' / ')})`);
  const folds = stratifiedKFold(set.labels, o.params.folds, rng.fork('folds'));
  return probe(wlSubtreeFeatures(set.graphs, h), set, folds, rng.fork('probe').fork('wl'), true);
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const pm = (m: number, s: number): string => `${pct(m)} ± ${(100 * s).toFixed(1)}`;
const footer = (o: RunOutcome, time = `${o.seconds.toFixed(0)} s`): string =>
  ` ${o.info.name}: ${o.info.count} graphs (${o.info.classCounts.join(' / ')}; majority class ${pct(o.results.majority)}), ${o.results.folds}-fold CV, ${time}.`;

const infographClaim = claimsOnPresets(infographSchema, infographPresets);

export const beatsWl = infographClaim(
  MUTAG_PRESET,
  {
    id: 'infograph-beats-wl',
    statement:
      'On MUTAG-like molecules, a linear probe on InfoGraph embeddings is at least as accurate as the same probe on Weisfeiler-Lehman subtree features (mean of 3 seeds). ' +
      'Restated: the paper compares InfoGraph with graph kernels and unsupervised baselines, not with an untrained encoder; the old measure (≥ 5 points over the untrained encoder) is printed beside.',
    source: 'Section 4.2, Table 2 (InfoGraph vs WL subtree, graphlet, DGK, MLG, graph2vec, node2vec, sub2vec)',
  },
  async (ctx, preset) => {
    const seeds = Array.from({ length: WL_SEEDS }, (_, i) => ctx.rng.seed + i);
    const runs: RunOutcome[] = [];
    for (const [i, seed] of seeds.entries()) runs.push(await claimsRun(preset, ctx, (f, l) => ctx.onProgress?.((i + f) / seeds.length, l), seed));
    const wl = runs.map((o) => wlProbe(o));
    const ig = meanStd(runs.map((o) => o.infograph.mean)), wlm = meanStd(wl.map((r) => r.mean));
    const gains = runs.map((o) => o.infograph.mean - o.results.untrained.mean);
    const gain = meanStd(gains).mean;
    const per = (xs: number[]): string => xs.map((x) => (100 * x).toFixed(1)).join(' / ');
    const seconds = runs.reduce((t, o) => t + o.seconds, 0);
    return {
      measured: `InfoGraph ${pm(ig.mean, ig.std)}, WL subtree (h = ${WL_HEIGHT}) ${pm(wlm.mean, wlm.std)} (mean ± sd of ${seeds.length} seeds); old measure: gain over the untrained encoder ${(100 * gain).toFixed(1)} points (needed ≥ ${100 * MIN_GAIN})`,
      expected: `InfoGraph ≥ WL subtree; old: gain ≥ ${100 * MIN_GAIN} points`,
      pass: ig.mean >= wlm.mean,
      detail:
        `Per seed (${seeds.join(', ')}): InfoGraph ${per(runs.map((o) => o.infograph.mean))}, WL ${per(wl.map((r) => r.mean))}, untrained ${per(runs.map((o) => o.results.untrained.mean))}; ` +
        `gain over untrained ${per(gains)} points (old claim, seed ${seeds[0]} alone: ${gains[0] >= MIN_GAIN ? 'pass' : 'fail'}). ` +
        `InfoGraph above WL on ${runs.filter((o, i) => o.infograph.mean > wl[i].mean).length} of ${seeds.length} seeds; the mean difference, ${(100 * (ig.mean - wlm.mean)).toFixed(1)} points, ` +
        (Math.abs(ig.mean - wlm.mean) <= Math.max(ig.std, wlm.std)
          ? `is within the seeds' spread (sd ${(100 * ig.std).toFixed(1)} and ${(100 * wlm.std).toFixed(1)}): parity with WL, not a margin over it. `
          : `is beyond the seeds' spread (sd ${(100 * ig.std).toFixed(1)} and ${(100 * wlm.std).toFixed(1)}). `) +
        `Per-fold spread: InfoGraph ${per(runs.map((o) => o.infograph.std))}, WL ${per(wl.map((r) => r.std))}. ` +
        `Logistic regression on standardised features, λ from {1e-3, 1e-2, 1e-1, 1} by inner 3-fold CV, the same outer folds for all three; ` +
        `WL counts colours of iterations 0..${WL_HEIGHT} from atom labels (h = the encoder's depth, fixed before measuring).` +
        footer(runs[0], `${seconds.toFixed(0)} s for ${seeds.length} seeds`),
    };
  },
);

export const nearSupervised = infographClaim(
  MOTIF_PRESET,
  {
    id: 'infograph-near-supervised',
    statement: 'On motif graphs, InfoGraph\'s linear-probe accuracy is within 10 points of a supervised GIN trained on the labels.',
    source: 'Section 4.2, Table 2 (InfoGraph vs supervised methods; MUTAG 89.0%)',
  },
  async (ctx, preset) => {
    const o = await claimsRun(preset, ctx, ctx.onProgress);
    const ig = o.infograph, sup = o.supervised;
    if (!sup) throw new Error(`the ${preset} preset trains no supervised GIN`);
    const gap = sup.mean - ig.mean;
    return {
      measured: `InfoGraph ${pm(ig.mean, ig.std)}, supervised GIN ${pm(sup.mean, sup.std)}, gap ${(100 * gap).toFixed(1)} points`,
      expected: `supervised − InfoGraph ≤ ${100 * MAX_GAP} points`,
      pass: gap <= MAX_GAP,
      detail: `Same folds for both; untrained encoder ${pm(o.results.untrained.mean, o.results.untrained.std)}.` + footer(o),
    };
  },
);

/**
 * Hand-computed: with s = ln 3, softplus(−s) = ln(4/3), so E_pos = ln 2 − ln(4/3) = ln(3/2)
 * and E_neg = ln(4/3) + ln 3 − ln 2 = ln 2; with s = −ln 3, E_pos = ln 2 − ln 4 = −ln 2 and
 * E_neg = ln 4 − ln 3 − ln 2 = ln(2/3); with s = 0 both are 0.
 * Batch: 2 graphs, nodes a, b in graph 0 and c in graph 1 (plus one padded node);
 * scores with own graph ln 3, 0, −ln 3 and with the other graph −ln 3, ln 3, 0.
 *   mean E_pos = (ln(3/2) + 0 − ln 2) / 3,  mean E_neg = (ln(2/3) + ln 2 + 0) / 3.
 */
export function jsdHandCase(): { ePos: number; eNeg: number; mi: number; loss: number } {
  const ePos = (Math.log(3 / 2) + 0 - Math.log(2)) / 3;
  const eNeg = (Math.log(2 / 3) + Math.log(2) + 0) / 3;
  return { ePos, eNeg, mi: ePos - eNeg, loss: eNeg - ePos };
}

export async function jsdOnHandCase(): Promise<{ mi: number; loss: number }> {
  const L3 = Math.log(3);
  // Scores s = l · g with 2-D one-hot-like vectors: l_u = [s(u, G0), s(u, G1)], g = identity.
  const local = tf.tensor2d([[L3, -L3], [0, L3], [0, 0], [0, -L3]]); // rows a, b, padding, c
  const global = tf.tensor2d([[1, 0], [0, 1]]);
  const pos = tf.tensor2d([[1, 0], [1, 0], [1, 0], [0, 1]]);
  const mask = tf.tensor2d([[1], [1], [0], [1]]);
  const out = tf.tidy(() => {
    const t = localGlobalJsd(local, global, pos, mask);
    return tf.stack([t.mi, t.loss]);
  });
  const [mi, loss] = await out.data();
  tf.dispose([local, global, pos, mask, out]);
  return { mi, loss };
}

export const jsdMatchesFormula: Claim = {
  id: 'infograph-jsd-exact',
  statement: 'The JSD estimator gives the official code\'s values, E_pos = log 2 − softplus(−s) and E_neg = softplus(−s) + s − log 2, on hand-computed scores.',
  source: 'Section 3.2, Eq. 4; official code cortex_DIM/functions/gan_losses.py',
  async run(): Promise<ClaimResult> {
    const want = jsdHandCase();
    const got = await jsdOnHandCase();
    const err = Math.max(Math.abs(got.mi - want.mi), Math.abs(got.loss - want.loss));
    return {
      measured: `MI ${got.mi.toFixed(6)} (hand ${want.mi.toFixed(6)}), loss ${got.loss.toFixed(6)} (hand ${want.loss.toFixed(6)})`,
      expected: `|difference| ≤ ${JSD_TOL}`,
      pass: err <= JSD_TOL,
      detail: 'Two graphs, three real nodes and one padded node; scores ln 3, 0, −ln 3 with own graph and −ln 3, ln 3, 0 with the other.',
    };
  },
};

export const infographClaims: Claim[] = [beatsWl, nearSupervised, jsdMatchesFormula];
