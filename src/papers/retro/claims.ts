/**
 * RETRO's claims at browser scale (Borgeaud et al. 2021, arXiv 2112.04426).
 * All four read one run of the `claims` preset through presetRun, which
 * shares it between them, so `npm run claims` trains it once. Every verdict
 * is measured on held-out text:
 *   a. RETRO[On] beats the same decoder without retrieval (Table 14);
 *   b. RETRO[Off] stays within 10% of the baseline (Table 14, Sec. 4.1);
 *   c. bpc falls as the database grows (Fig. 1, Fig. 5);
 *   d. part of the gain is leakage: it shrinks when chunks that overlap their
 *      neighbours are filtered out (Sec. 4.4, Fig. 6).
 */
import { claimRunOptions, claimsOn, runFacts, type Claim, type ClaimContext, type RunFacts } from '../../core/claims';
import { presetRun } from '../../core/runner/presetRun';
import { retroExperiment, type FinalEval, type LeakagePoint, type SizePoint } from './experiment';
import type { RetroParams } from './params';

export const CLAIMS_PRESET = 'claims';
/** Claim b: |[Off] − baseline| / baseline at most this. */
export const OFF_TOLERANCE = 0.1;
/** Claim d: the filtered α and the unfiltered one. */
export const ALPHA_LOW = 0.2;
export const ALPHA_HIGH = 1;
/**
 * Claims a and c need a margin, or a difference at the level of evaluation
 * noise (a few thousandths of a bpc on 48 windows) would pass: RETRO[On] at
 * least 1% below the baseline, the largest database at least 0.5% below the
 * smallest. Claim d needs a positive gain over all chunks to be about.
 */
export const MIN_GAIN = 0.01;
export const MIN_SIZE_GAIN = 0.005;

/** What the claims read of the finished run. */
export interface RetroOutcome extends RunFacts<RetroParams> {
  final: FinalEval;
  dbSweep: SizePoint[];
  leakage: LeakagePoint[];
}

/** The `claims`-preset run for ctx's seed, shared between the claims. */
export async function claimsRun(ctx: ClaimContext): Promise<RetroOutcome> {
  const run = await presetRun(retroExperiment, CLAIMS_PRESET, {}, claimRunOptions(ctx));
  const { final, dbSweep, leakage } = run.recording.artifacts;
  // A finished run has scored every window and all four database sizes.
  if (!final || !dbSweep || dbSweep.length < 4) throw new Error('the RETRO claims run ended without its final evaluation');
  return { ...runFacts(run), final, dbSweep, leakage: leakage ?? [] };
}

const claim = claimsOn(claimsRun, CLAIMS_PRESET);
const f3 = (x: number | null): string => (x === null || !Number.isFinite(x) ? 'n/a' : x.toFixed(3));
const footer = (o: RetroOutcome): string =>
  ` Held-out ${o.final.windows} windows × ${o.params.seqLen} characters, k = ${o.final.k}; ${o.params.steps} steps, ${o.seconds.toFixed(0)} s, seed ${o.seed}.`;

/** Gain of RETRO[On] over the baseline in bpc(α) over the same chunks (null if none qualify). */
export function leakageGain(leakage: readonly LeakagePoint[], alpha: number): { gain: number | null; share: number } {
  const p = [...leakage].reverse().find((q) => q.alpha <= alpha + 1e-9);
  if (!p || p.base === null || p.on === null) return { gain: null, share: p?.share ?? 0 };
  return { gain: p.base - p.on, share: p.share };
}

export const onBeatsBaseline = claim(
  {
    id: 'retro-on-beats-baseline',
    statement: 'With its neighbours, RETRO reaches a lower held-out bpc than the same decoder trained without retrieval on the same batches.',
    source: 'Table 14 (C4: 0.98 → 0.82 bits per byte at 172M); Fig. 1',
  },
  (o) => {
    const { bpcBase, bpcOn } = o.final;
    return {
      measured: `baseline ${f3(bpcBase)}, RETRO[On] ${f3(bpcOn)} bpc (${(100 * (1 - bpcOn / bpcBase)).toFixed(1)}% lower)`,
      expected: `RETRO[On] ≥ ${100 * MIN_GAIN}% below baseline`,
      pass: bpcOn <= bpcBase * (1 - MIN_GAIN),
      detail: 'Bits per character on evaluation documents that are not in the database; neighbours come from other documents.' + footer(o),
    };
  },
);

export const offCloseToBaseline = claim(
  {
    id: 'retro-off-close-to-baseline',
    statement: 'Evaluated without neighbours (every CCA is then the identity), RETRO stays close to the baseline: within 10%.',
    source: 'Table 14 (Wikitext103: 25.62 baseline vs 25.88 RETRO[Off] at 172M); Sec. 4.1',
  },
  (o) => {
    const { bpcBase, bpcOff } = o.final;
    const rel = Math.abs(bpcOff - bpcBase) / bpcBase;
    return {
      measured: `baseline ${f3(bpcBase)}, RETRO[Off] ${f3(bpcOff)} bpc (${(100 * rel).toFixed(1)}% apart)`,
      expected: `|[Off] − baseline| ≤ ${100 * OFF_TOLERANCE}% of baseline`,
      pass: rel <= OFF_TOLERANCE,
      detail: 'RETRO[Off] is the trained RETRO with an empty neighbour set.' + footer(o),
    };
  },
);

export const largerDatabaseHelps = claim(
  {
    id: 'retro-larger-database-helps',
    statement: 'The same trained RETRO reaches a lower bpc when it retrieves from a larger database.',
    source: 'Fig. 1 (right), Sec. 4.1: 7.5B model from 2B to 1.75T retrieval tokens',
  },
  (o) => {
    const small = o.dbSweep[0], large = o.dbSweep[o.dbSweep.length - 1];
    return {
      measured: o.dbSweep.map((s) => `${s.tokens.toLocaleString('en')} tok: ${f3(s.bpcOn)}`).join(', '),
      expected: `largest database ≥ ${100 * MIN_SIZE_GAIN}% below smallest`,
      pass: large.bpcOn <= small.bpcOn * (1 - MIN_SIZE_GAIN),
      detail: 'Smaller databases are prefixes of the full one (whole chunks of the training text).' + footer(o),
    };
  },
);

export const gainPartlyLeakage = claim(
  {
    id: 'retro-gain-partly-leakage',
    statement:
      'Part of the gain is leakage: keeping only evaluation chunks that share at most 20% of their tokens (as one run) with their neighbours, ' +
      'the gain of RETRO over the baseline is smaller than over all chunks.',
    source: 'Sec. 4.4, Fig. 6 (bpb(α)); Appendix E',
  },
  (o) => {
    const low = leakageGain(o.leakage, ALPHA_LOW), high = leakageGain(o.leakage, ALPHA_HIGH);
    const pass = low.gain !== null && high.gain !== null && high.gain > 0 && low.gain < high.gain;
    return {
      measured: `gain at α = ${ALPHA_LOW}: ${f3(low.gain)} bpc (${(100 * low.share).toFixed(0)}% of chunks), at α = 1: ${f3(high.gain)} bpc`,
      expected: `gain(α = 1) > 0 and gain(α = ${ALPHA_LOW}) < gain(α = 1)`,
      pass,
      detail:
        'Gain = bpc(α) of the baseline minus that of RETRO[On] over the same chunks; r(C) is the longest run a chunk shares with the neighbours it is predicted from, over m.' +
        (low.gain === null ? ' No chunk had r ≤ α, so the claim cannot be measured.' : '') + footer(o),
    };
  },
);

export const retroClaims: Claim[] = [onBeatsBaseline, offCloseToBaseline, largerDatabaseHelps, gainPartlyLeakage];

