/**
 * Chinchilla's claims, checked at browser scale (Hoffmann et al. 2022, arXiv
 * 2203.15556). Every verdict comes from running code:
 *   a. the published allocations at Gopher's budget (Section 3.4, Table 3);
 *   b. a live, miniature Chinchilla-vs-Gopher: the sweep's compute-optimal model
 *      against one 4× larger on 4× fewer tokens at the same budget (Section 4);
 *   c. the live sweep's exponents a and b both lie in (0.25, 0.75) (Table 2);
 *   d. the Approach-3 fitter recovers a known law from noisy points (Section 3.3).
 * Claims b and c share one sweep on the `claims` preset through presetRun, so
 * `npm run claims` trains it once; claim b then trains its own pair of models
 * (frontierPair.ts) at the sweep's largest budget.
 */
import { claimRunOptions, runFacts, type Claim, type ClaimContext, type ClaimResult, type RunFacts } from '../../core/claims';
import { presetRun, type PresetRunOptions } from '../../core/runner/presetRun';
import { Rng } from '../../core/rng';
import { recordedOn, recordedFacts } from '../../core/sweep/recordedRun';
import { analyseSweep, type SweepAnalysis } from './analysis';
import { fitFrontier } from './approaches';
import { chinchillaExperiment, type SweepRunRecord } from './experiment';
import { computeOptimal, fitParametricLoss, predictLoss, type LossPoint } from './fit';
import { frontierPairExperiment } from './frontierPair';
import { CHINCHILLA_TEX, GOPHER_FLOPS, TABLE3, optimalAllocation } from './laws';
import { chinchillaSchema, type ChinchillaParams } from './params';
import { chinchillaPresets } from './presets';
import { checkSweepRun } from './sweepGrid';

export const CLAIMS_PRESET = 'claims';
/**
 * A broad band around the paper's 0.5: at this scale we claim only that N and D
 * both grow substantially with compute. Kaplan's a = 0.73 also lies inside it.
 */
export const EXPONENT_BAND = [0.25, 0.75] as const;

const rel = (x: number, y: number): number => Math.abs(x / y - 1);
const billions = (n: number): string => `${(n / 1e9).toFixed(1)}B`;
const f3 = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(3));

// ------------------------------------------------------------ the shared sweep

export interface SweepOutcome extends RunFacts<ChinchillaParams> {
  runs: SweepRunRecord[];
  analysis: SweepAnalysis;
}

/**
 * The sweep of a recorded run (`npm run claims -- chinchilla --from file.run.json`, e.g. a merged
 * `npm run sweep`): its settings decoded by this code's schema, its runs checked, and the
 * analysis recomputed from them with the run's seed, so only the trained losses are taken on trust.
 */
export function recordedSweep(recorded: NonNullable<ClaimContext['recorded']>): SweepOutcome {
  const facts = recordedFacts(chinchillaSchema, chinchillaPresets, recorded);
  const raw = recorded.run.artifacts.runs;
  if (!Array.isArray(raw) || raw.length === 0) throw new Error(`${recorded.file} holds no sweep runs`);
  const runs = raw.map(checkSweepRun);
  const analysis = analyseSweep(runs, { rng: new Rng(facts.seed).fork('analysis'), grid: facts.params.grid, resamples: facts.params.resamples });
  return { ...facts, runs, analysis };
}

/** The `claims`-preset sweep for ctx's seed, shared between claims (presetRun); progress goes to every waiting claim. A recorded run replaces it. */
export async function claimsSweep(ctx: ClaimContext, onProgress?: PresetRunOptions['onProgress']): Promise<SweepOutcome> {
  if (ctx.recorded) return recordedSweep(ctx.recorded);
  const run = await presetRun(chinchillaExperiment, CLAIMS_PRESET, {}, claimRunOptions(ctx, onProgress));
  const { runs, analysis } = run.recording.artifacts;
  // A finished sweep always ends with its analysis.
  if (!runs || !analysis) throw new Error('the claims sweep ended without its analysis');
  return { ...runFacts(run), runs, analysis };
}

// ------------------------------------------------------------------ claim a

export const gopherAllocations: Claim = {
  id: 'chinchilla-gopher-allocation',
  statement:
    "At Gopher's compute (5.76e23 FLOPs) the compute-optimal model has about 40B parameters by Approach 3 " +
    '(unrounded fit) and about 67B by Approach 1, far below Gopher\'s 280B.',
  source: 'Section 3.4, Table 3; Section 3.3 fit (TeX values)',
  async run(): Promise<ClaimResult> {
    const a3 = optimalAllocation(GOPHER_FLOPS, '3-tex').N;
    const a1 = optimalAllocation(GOPHER_FLOPS, '1').N;
    // The calculator's Approach-1 line is anchored at 67B, so check it against
    // the power law through Table 3's other eight rows as well.
    const others = TABLE3.filter((r) => r.C !== GOPHER_FLOPS);
    const line = fitFrontier(others);
    const a1Table = Math.exp(line.a * Math.log(GOPHER_FLOPS) + line.logCoefN);
    const pass = rel(a3, 40e9) < 0.05 && rel(a1, 67e9) < 0.05 && rel(a1Table, 67e9) < 0.05;
    return {
      measured: `A3 ${billions(a3)}, A1 ${billions(a1)} (Table 3 line without the 67B row: ${billions(a1Table)})`,
      expected: '40B ± 5% and 67B ± 5%',
      pass,
      detail: `Approach 3 from the closed-form frontier of the TeX parameters; Approach 1 from the calculator (slope ${line.a.toFixed(4)} over Table 3).`,
    };
  },
};

// ------------------------------------------------------------------ claim b

export interface FrontierChoice {
  N: number;
  source: string;
}

/** The frontier size at budget C: Approach 2's vertex when it lies inside the sizes trained, else Approach 3's optimum, else the best run. */
export function frontierSize(analysis: SweepAnalysis, runs: readonly SweepRunRecord[], C: number): FrontierChoice {
  const prof = analysis.approach2.result?.profiles.find((p) => rel(p.C, C) < 0.05);
  if (prof && !prof.tooFewSizes && !prof.opensDown && !prof.outsideRange) return { N: prof.N, source: 'Approach 2 vertex' };
  const law = analysis.approach3.result?.law;
  if (law) return { N: computeOptimal(C, law).N, source: 'Approach 3 frontier' };
  const atC = runs.filter((r) => rel(r.C, C) < 0.05).sort((p, q) => p.finalLoss - q.finalLoss);
  return { N: atC[0].N, source: 'best run' };
}

export const frontierBeatsLarger: Claim = {
  id: 'chinchilla-smaller-longer-wins',
  statement:
    'At a fixed compute budget, the model on the fitted compute-optimal frontier reaches a lower held-out loss than a model ' +
    '4× larger trained on 4× fewer tokens: Chinchilla against Gopher, in miniature.',
  source: 'Section 4 (Chinchilla vs Gopher at equal compute); IsoFLOP profiles, Figure 3',
  preset: CLAIMS_PRESET,
  async run(ctx): Promise<ClaimResult> {
    const sweep = await claimsSweep(ctx, (f, l) => ctx.onProgress?.(0.8 * f, l));
    const p = sweep.params;
    const C = Math.max(...sweep.runs.map((r) => r.C));
    const choice = frontierSize(sweep.analysis, sweep.runs, C);
    const pair = await presetRun(frontierPairExperiment, CLAIMS_PRESET, { ...p, flops: C, frontierParams: choice.N }, {
      tf: ctx.tf, backend: ctx.backend, seed: sweep.seed, signal: ctx.signal, onProgress: (f, l) => ctx.onProgress?.(0.8 + 0.2 * f, l),
    });
    const models = pair.recording.artifacts.pair;
    // A finished pair run has trained both models.
    if (models?.length !== 2) throw new Error('the frontier pair ended without both models');
    const [s, l] = models;
    return {
      measured: `L(N=${s.N}, D=${s.tokens}) = ${s.finalLoss.toFixed(4)} vs L(N=${l.N}, D=${l.tokens}) = ${l.finalLoss.toFixed(4)}`,
      expected: 'frontier model loss < 4×-larger model loss',
      pass: s.finalLoss < l.finalLoss,
      checkedOn: recordedOn(ctx),
      detail:
        (ctx.recorded ? 'Frontier from the run file\'s sweep; the two models compared trained live. ' : '') +
        `Budget C = ${C.toExponential(2)} FLOPs (the sweep's largest); frontier N = ${choice.N.toFixed(0)} from the ${choice.source}, ` +
        `built as d_model ${s.dModel} (${s.N} params); the larger has d_model ${l.dModel} (${(l.N / s.N).toFixed(2)}×). ` +
        `Same seed, data order and held-out windows; final loss in nats per character.`,
    };
  },
};

// ------------------------------------------------------------------ claim c

export interface ExponentCheck {
  pass: boolean;
  measured: string;
  detail: string;
}

const inBand = (x: number | undefined): boolean => x !== undefined && x > EXPONENT_BAND[0] && x < EXPONENT_BAND[1];

/**
 * Tests Approaches 2 and 3: both must give a and b inside the band. Approach 1
 * is reported but not tested: with five sizes per budget its envelope is a
 * staircase of a few distinct winners (the paper's ran over hundreds of runs).
 */
export function checkExponents(analysis: SweepAnalysis): ExponentCheck {
  const r1 = analysis.approach1.result, r2 = analysis.approach2.result, r3 = analysis.approach3.result;
  const pass = inBand(r2?.a) && inBand(r2?.b) && inBand(r3?.a) && inBand(r3?.b);
  const intervals = (['approach1', 'approach2', 'approach3'] as const)
    .filter((k) => analysis[k].intervals)
    .map((k) => `A${k.slice(-1)} ${f3(analysis[k].intervals?.a[0])}-${f3(analysis[k].intervals?.a[1])}`);
  const notes = (['approach1', 'approach2', 'approach3'] as const)
    .filter((k) => analysis[k].error)
    .map((k) => `${k}: ${analysis[k].error}`);
  return {
    pass,
    measured: `A2 a = ${f3(r2?.a)}, b = ${f3(r2?.b)}; A3 a = ${f3(r3?.a)}, b = ${f3(r3?.b)}; A1 a = ${f3(r1?.a)} (not tested)`,
    detail:
      (intervals.length ? `10-90% bootstrap range of a: ${intervals.join(', ')}.` : 'No bootstrap intervals.') +
      (r3 ? ` A3 law: E = ${f3(r3.law.E)}, alpha = ${f3(r3.law.alpha)}, beta = ${f3(r3.law.beta)}.` : '') +
      (notes.length ? ` Notes: ${notes.join('; ')}.` : ''),
  };
}

export const sweepExponents: Claim = {
  id: 'chinchilla-exponents-near-half',
  statement:
    'Parameters and training tokens should grow about equally with compute: in the live sweep, the exponents ' +
    'a (N_opt ∝ C^a) and b (D_opt ∝ C^b) both lie in (0.25, 0.75) by Approaches 2 and 3.',
  source: 'Table 2, Sections 3.2-3.3',
  preset: CLAIMS_PRESET,
  async run(ctx): Promise<ClaimResult> {
    const sweep = await claimsSweep(ctx, ctx.onProgress);
    const check = checkExponents(sweep.analysis);
    return {
      measured: check.measured,
      expected: 'a, b in (0.25, 0.75) for Approaches 2 and 3',
      pass: check.pass,
      checkedOn: recordedOn(ctx),
      detail: `${check.detail} Sweep: ${sweep.runs.length} runs in ${sweep.seconds.toFixed(0)} s (seed ${sweep.seed}).`,
    };
  },
};

// ------------------------------------------------------------------ claim d

/**
 * Scatter of the synthetic losses. The claim tests the optimiser (grid, Huber,
 * L-BFGS, summed not averaged), so sampling error must sit well inside the 5%
 * band: at 0.2% the fitted alpha lands within ~3.5% of the truth over 16 seeds.
 * At 1% scatter, about the real data's (Besiroglu et al. 2024: RMSE 0.022 on
 * losses near 2-5), 63 IsoFLOP points pin alpha only to ~±20%, which would test
 * the sample, not the fitter.
 */
export const SYNTHETIC_NOISE = 0.002;

/** The paper's nine IsoFLOP budgets (Section 3.2), 7 sizes each, from the TeX law with lognormal noise. */
export function syntheticIsoFlops(rng: Rng, noise = SYNTHETIC_NOISE): LossPoint[] {
  const budgets = [6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21];
  const points: LossPoint[] = [];
  for (const C of budgets) {
    for (let k = -3; k <= 3; k++) {
      const N = Math.sqrt(C / 120) * 10 ** (k / 4);
      const D = C / (6 * N);
      points.push({ N, D, loss: predictLoss(N, D, CHINCHILLA_TEX) * Math.exp(noise * rng.normal()) });
    }
  }
  return points;
}

export const fitterRecovers: Claim = {
  id: 'chinchilla-fitter-recovers-law',
  statement:
    "The Approach-3 fit (Huber on log loss, L-BFGS from the paper's grid) recovers the exponents of a known law " +
    'from slightly noisy IsoFLOP points within 5%.',
  source: 'Section 3.3, Appendix D.2',
  async run(ctx): Promise<ClaimResult> {
    const fit = fitParametricLoss(syntheticIsoFlops(ctx.rng.fork('claim.synthetic')));
    const ea = rel(fit.alpha, CHINCHILLA_TEX.alpha), eb = rel(fit.beta, CHINCHILLA_TEX.beta);
    return {
      measured: `alpha = ${fit.alpha.toFixed(4)} (${(100 * ea).toFixed(1)}% off), beta = ${fit.beta.toFixed(4)} (${(100 * eb).toFixed(1)}% off)`,
      expected: `alpha = ${CHINCHILLA_TEX.alpha.toFixed(4)} and beta = ${CHINCHILLA_TEX.beta.toFixed(4)}, each within 5%`,
      pass: ea < 0.05 && eb < 0.05,
      detail:
        `63 points (9 budgets × 7 sizes) from the TeX law with ${100 * SYNTHETIC_NOISE}% lognormal noise; ` +
        `${fit.starts} starts, E = ${fit.E.toFixed(3)} (true ${CHINCHILLA_TEX.E.toFixed(3)}).`,
    };
  },
};

export const chinchillaClaims: Claim[] = [gopherAllocations, frontierBeatsLarger, sweepExponents, fitterRecovers];
