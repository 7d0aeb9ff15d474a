/**
 * AlgebraNets' claims at browser scale (Hoffmann et al. 2020, arXiv 2006.07360).
 *   a. exact: real parameters and multiplies per element product, read off
 *      built layers, match the compute-density table (facts file, Section 3);
 *   b. exact: an M₂(ℝ) dense layer is one reshaped real matmul (Appendix E),
 *      and an ℍ layer is the Hamilton product element by element;
 *   c. live: at matched parameters some non-real algebra is within 1 point of
 *      the real net on task A, or better (Section 4.1, Table 1);
 *   d. live: pruning M₂(ℝ) to 50% of its elements costs under 3 points (Section 5).
 * c and d share the `claims`-preset run through presetRun, so it trains once;
 * d adds one M₂(ℝ) run pruned to 50%, on the same batches from the same init.
 */
import * as tf from '@tensorflow/tfjs-core';
import { claimRunOptions, claimsOn, type Claim, type ClaimContext, type ClaimResult } from '../../core/claims';
import { Rng } from '../../core/rng';
import { presetRun, type PresetRun, type PresetRunOptions } from '../../core/runner/presetRun';
import { ALGEBRAS, algebra, type AlgebraId } from './algebras';
import { AlgebraDense } from './AlgebraDense';
import { algebraExperiment, type AlgebraArtifacts, type AlgebraMetric, type RunResult } from './experiment';
import type { AlgebraParams } from './params';
import { elementwiseDense, hamiltonProduct, m2rReshapedMatmul } from './references';

export const CLAIMS_PRESET = 'claims';

/** The facts file's table (b): real parameters per element, real multiplies per product. */
export const DENSITY_TABLE: Record<AlgebraId, [params: number, multiplies: number]> = {
  R: [1, 1], C: [2, 4], H: [4, 16], M2R: [4, 8], M3R: [9, 27], M4R: [16, 64], M2C: [8, 32],
};
export const EXACT_TOLERANCE = 1e-5;
/** Claim c: a non-real algebra may trail the real net by at most this (accuracy, 1 point). */
export const COMPETITIVE_MARGIN = 0.01;
/** Claim d: most accuracy pruning to PRUNE_SPARSITY may cost M₂(ℝ) (3 points). */
export const PRUNE_MAX_DROP = 0.03;
export const PRUNE_SPARSITY = 0.5;

/** The claims run pruned: M₂(ℝ) alone, at PRUNE_SPARSITY. */
const PRUNED: Partial<AlgebraParams> = { useR: false, useC: false, useH: false, useM3R: false, useM4R: false, useM2C: false, useM2R: true, sparsity: PRUNE_SPARSITY, sparsityPoints: 1 };

export type ClaimsRun = PresetRun<AlgebraParams, AlgebraArtifacts, AlgebraMetric>;

/** The `claims`-preset run (dense, matched parameters) for ctx's seed. */
export function matchedRun(ctx: ClaimContext, onProgress?: PresetRunOptions['onProgress']): Promise<ClaimsRun> {
  return presetRun(algebraExperiment, CLAIMS_PRESET, {}, claimRunOptions(ctx, onProgress));
}

/** The same M₂(ℝ) net as in matchedRun, pruned to PRUNE_SPARSITY during training. */
export function prunedRun(ctx: ClaimContext, onProgress?: PresetRunOptions['onProgress']): Promise<ClaimsRun> {
  return presetRun(algebraExperiment, CLAIMS_PRESET, PRUNED, claimRunOptions(ctx, onProgress));
}

/** The last evaluation of every net in a finished run. */
export function resultsOf(run: ClaimsRun): RunResult[] {
  const { results } = run.recording.artifacts;
  if (!results?.length) throw new Error('the claims run evaluated no network');
  return results;
}

const pts = (x: number): string => `${(100 * x).toFixed(1)}%`;

export interface Verdict {
  pass: boolean;
  measured: string;
  detail: string;
}

/** Claim c on a set of results: the best non-real algebra against ℝ. */
export function checkCompetitive(results: readonly RunResult[]): Verdict {
  const real = results.find((r) => r.algebra === 'R' && r.sparsity === 0);
  const others = results.filter((r) => r.algebra !== 'R' && r.sparsity === 0);
  if (!real || others.length === 0) return { pass: false, measured: 'needs ℝ and at least one other algebra', detail: '' };
  const best = others.reduce((a, b) => (b.accuracy > a.accuracy ? b : a));
  return {
    pass: best.accuracy >= real.accuracy - COMPETITIVE_MARGIN,
    measured: `best ${best.name} ${pts(best.accuracy)} vs ℝ ${pts(real.accuracy)}; all: ${results.map((r) => `${r.name} ${pts(r.accuracy)}`).join(', ')}`,
    detail: `Held-out accuracy per algebra (real parameters, multiplies per example): ${results.map((r) => `${r.name} ${pts(r.accuracy)} (${r.params}, ${r.multiplies})`).join('; ')}.`,
  };
}

/** Claim d: the dense M₂(ℝ) net against the pruned one. */
export function checkPruning(dense: RunResult | undefined, pruned: RunResult | undefined): Verdict {
  if (!dense || !pruned) return { pass: false, measured: 'missing M₂(ℝ) run', detail: '' };
  const drop = dense.accuracy - pruned.accuracy;
  return {
    pass: drop < PRUNE_MAX_DROP,
    measured: `M₂(ℝ) dense ${pts(dense.accuracy)}, ${pts(pruned.sparsity)} of elements pruned ${pts(pruned.accuracy)} (drop ${(100 * drop).toFixed(1)} points)`,
    detail: `${pruned.nonzeroParams} of ${pruned.params} real parameters left (the stem and the real head are not pruned).`,
  };
}

export const densityClaim: Claim = {
  id: 'algebranets-compute-density',
  statement: 'Each algebra element has the table\'s number of real parameters, and one product costs the table\'s number of real multiplies: ℂ 2/4, ℍ 4/16, M₂(ℝ) 4/8, M₃(ℝ) 9/27, M₄(ℝ) 16/64, M₂(ℂ) 8/32.',
  source: 'Section 3 (compute density); facts table (b)',
  async run(): Promise<ClaimResult> {
    const I = 3, O = 5, rows: string[] = [];
    let pass = true;
    for (const a of ALGEBRAS) {
      const layer = new AlgebraDense('probe', a, I, O, new Rng(0), { bias: false });
      const got: [number, number] = [layer.paramCount() / (I * O), layer.multipliesPerRow() / (I * O)];
      layer.dispose();
      const want = DENSITY_TABLE[a.id];
      pass &&= got[0] === want[0] && got[1] === want[1];
      rows.push(`${a.name} ${got[0]}/${got[1]}`);
    }
    return {
      measured: rows.join(', '),
      expected: ALGEBRAS.map((a) => `${a.name} ${DENSITY_TABLE[a.id].join('/')}`).join(', '),
      pass,
      detail: `Parameters counted from a ${O}×${I} layer's variables, multiplies from the shapes of the real matmul it runs, each divided by its ${I * O} elements.`,
    };
  },
};

export const identitiesClaim: Claim = {
  id: 'algebranets-layer-identities',
  statement: 'An M₂(ℝ) dense layer is exactly one real matmul after reshaping (Appendix E), and an ℍ dense layer computes the Hamilton product element by element.',
  source: 'Appendix E (the single-matmul identity); Section 3',
  async run(ctx): Promise<ClaimResult> {
    const N = 8, I = 6, O = 5;
    const rng = ctx.rng.fork('identities');
    const randn = (n: number): Float32Array => Float32Array.from({ length: n }, () => rng.normal());
    const m2 = new AlgebraDense('m2', algebra('M2R'), I, O, rng, { bias: false });
    const h = new AlgebraDense('h', algebra('H'), I, O, rng, { bias: false });
    try {
      const diffT = tf.tidy(() => {
        const x = tf.tensor2d(randn(N * I * 4), [N, I * 4]);
        return tf.max(tf.abs(tf.sub(m2.apply(x), m2rReshapedMatmul(m2.weight.variable, x, N, I, O))));
      });
      const m2Diff = (await diffT.data())[0];
      diffT.dispose();
      const xh = randn(N * I * 4);
      const yT = tf.tidy(() => h.apply(tf.tensor2d(xh, [N, I * 4])));
      const y = await yT.data();
      yT.dispose();
      const want = elementwiseDense(hamiltonProduct, await h.weight.variable.data<'float32'>(), xh, N, I, O, 4);
      let hDiff = 0;
      for (let i = 0; i < y.length; i++) hDiff = Math.max(hDiff, Math.abs(y[i] - want[i]));
      return {
        measured: `M₂(ℝ) max |diff| ${m2Diff.toExponential(1)}, ℍ max |diff| ${hDiff.toExponential(1)}`,
        expected: `both < ${EXACT_TOLERANCE.toExponential(0)}`,
        pass: m2Diff < EXACT_TOLERANCE && hDiff < EXACT_TOLERANCE,
        detail: `${N} random inputs of ${I} elements, ${O} outputs, float32 on ${ctx.backend}.`,
      };
    } finally {
      m2.dispose();
      h.dispose();
    }
  },
};

export const competitiveClaim = claimsOn(matchedRun, CLAIMS_PRESET)(
  {
    id: 'algebranets-competitive-at-matched-params',
    statement: 'At matched parameter counts, at least one non-real algebra classifies digits within 1 point of the real network, or better.',
    source: 'Section 4.1, Table 1 (ImageNet: M₂(ℝ) and others competitive with ℝ at equal parameters)',
  },
  (o, ctx) => {
    const v = checkCompetitive(resultsOf(o));
    return { measured: v.measured, expected: `best non-real ≥ ℝ − ${100 * COMPETITIVE_MARGIN} point`, pass: v.pass, detail: `${v.detail} Run: ${o.seconds.toFixed(0)} s, seed ${ctx.rng.seed}.` };
  },
);

export const pruningClaim: Claim = {
  id: 'algebranets-m2r-prunes-to-half',
  statement: 'Pruning half of the M₂(ℝ) net\'s weight elements by norm during training costs it less than 3 points of digit accuracy.',
  source: 'Section 5 (sparsity of whole algebra elements)',
  preset: CLAIMS_PRESET,
  async run(ctx): Promise<ClaimResult> {
    const dense = await matchedRun(ctx, (f, l) => ctx.onProgress?.(f / 2, l));
    const pruned = await prunedRun(ctx, (f, l) => ctx.onProgress?.(0.5 + f / 2, l));
    const v = checkPruning(resultsOf(dense).find((r) => r.algebra === 'M2R'), resultsOf(pruned).find((r) => r.algebra === 'M2R'));
    return { measured: v.measured, expected: `drop < ${100 * PRUNE_MAX_DROP} points`, pass: v.pass, detail: `${v.detail} Pruned run: ${pruned.seconds.toFixed(0)} s.` };
  },
};

export const algebraClaims: Claim[] = [densityClaim, identitiesClaim, competitiveClaim, pruningClaim];
