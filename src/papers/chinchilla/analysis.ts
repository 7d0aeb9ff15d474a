/**
 * All three of Chinchilla's estimates of N_opt ∝ C^a and D_opt ∝ C^b from one
 * set of runs, with the paper's uncertainty: 10th/90th percentiles over refits
 * on 80% subsamples (Hoffmann et al. 2022, arXiv 2203.15556, Section 3 and
 * Table 2). Pure: the live sweep, the claims and the panel's CSV fit share it.
 * A failing approach (too few budgets, sizes or points) yields an error note,
 * never an exception, so the other two still report.
 */
import type { Rng } from '../../core/rng';
import { approach1, approach2, approach3, type Approach1Result, type Approach2Result, type Approach3Result, type SweepRun } from './approaches';
import { bootstrap, type BootstrapResult, type Exponents } from './bootstrap';
import { COARSE_GRID, PAPER_GRID, gridStarts, predictLoss, thetaOf } from './fit';
import { polyval } from '../../core/optim/polyfit';

export interface AnalysisOptions {
  rng: Rng;
  /** Approach 3's start grid for the full-data fit; refits always use the coarse grid led by the full optimum. */
  grid?: 'paper' | 'coarse';
  /** Bootstrap refits per approach; 0 skips the intervals. Default 100, as in the paper. */
  resamples?: number;
  /** Approach 2: runs within this ratio of a group's smallest budget share a profile. */
  budgetRatio?: number;
  /** Approach 1: log-spaced FLOP values scanned; the paper used 1,500. */
  envelopePoints?: number;
}

export interface ApproachOutcome<R> {
  result: R | null;
  intervals: BootstrapResult | null;
  /** Why result (or the intervals) are missing. */
  error: string | null;
}

export interface CurveXY {
  N: number;
  loss: number;
}

/** One budget's runs with the curves drawn through them. */
export interface IsoFlopCurve {
  C: number;
  runs: CurveXY[];
  /** Approach 2's parabola in ln N, sampled across the sizes trained; empty when it has none. */
  parabola: CurveXY[];
  /** Approach 3's fitted law along D = C / (6N) over the same sizes; empty without a fit. */
  law: CurveXY[];
}

export interface SweepAnalysis {
  runs: number;
  approach1: ApproachOutcome<Approach1Result>;
  approach2: ApproachOutcome<Approach2Result>;
  approach3: ApproachOutcome<Approach3Result>;
  isoFlops: IsoFlopCurve[];
}

const CURVE_SAMPLES = 41;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Runs the full-data fit, then the bootstrap when the fit gave finite exponents. */
function outcome<R extends Exponents>(
  runs: readonly SweepRun[],
  fit: (subset: readonly SweepRun[]) => R,
  refit: (full: R) => (subset: SweepRun[]) => Exponents,
  resamples: number,
  rng: Rng,
): ApproachOutcome<R> {
  let result: R;
  try {
    result = fit(runs);
  } catch (err) {
    return { result: null, intervals: null, error: message(err) };
  }
  if (!(Number.isFinite(result.a) && Number.isFinite(result.b))) {
    return { result, intervals: null, error: 'too few usable budgets for a power law' };
  }
  if (resamples <= 0) return { result, intervals: null, error: null };
  const intervals = bootstrap(runs, refit(result), { rng, resamples });
  const error = intervals.samples.length === 0 ? 'every bootstrap refit failed' : null;
  return { result, intervals, error };
}

function isoFlopCurves(runs: readonly SweepRun[], a2: Approach2Result | null, a3: Approach3Result | null): IsoFlopCurve[] {
  if (!a2) return [];
  return a2.profiles.map((prof) => {
    const members = prof.runs.map((i) => runs[i]).sort((p, q) => p.N - q.N);
    const lo = Math.log(members[0].N), hi = Math.log(members[members.length - 1].N);
    const xs = Array.from({ length: CURVE_SAMPLES }, (_, i) => lo + ((hi - lo) * i) / (CURVE_SAMPLES - 1));
    return {
      C: prof.C,
      runs: members.map((r) => ({ N: r.N, loss: r.finalLoss })),
      parabola: prof.coeffs.length === 3 ? xs.map((x) => ({ N: Math.exp(x), loss: polyval(prof.coeffs, x) })) : [],
      law: a3 ? xs.map((x) => ({ N: Math.exp(x), loss: predictLoss(Math.exp(x), prof.C / (6 * Math.exp(x)), a3.law) })) : [],
    };
  });
}

export function analyseSweep(runs: readonly SweepRun[], opts: AnalysisOptions): SweepAnalysis {
  const resamples = opts.resamples ?? 100;
  const points = opts.envelopePoints ?? 1500;
  const a2opts = { budgetRatio: opts.budgetRatio };

  const one = outcome(runs, (r) => approach1(r, { points }), () => (s) => approach1(s, { points }), resamples, opts.rng.fork('boot.1'));
  const two = outcome(runs, (r) => approach2(r, a2opts), () => (s) => approach2(s, a2opts), resamples, opts.rng.fork('boot.2'));
  const three = outcome(
    runs,
    (r) => approach3(r, { grid: opts.grid === 'coarse' ? COARSE_GRID : PAPER_GRID }),
    (full) => {
      // Refits start from the full-data optimum plus the coarse grid (bootstrap.ts).
      const starts = [thetaOf(full.law), ...gridStarts(COARSE_GRID)];
      return (s) => approach3(s, { starts });
    },
    resamples,
    opts.rng.fork('boot.3'),
  );
  return { runs: runs.length, approach1: one, approach2: two, approach3: three, isoFlops: isoFlopCurves(runs, two.result, three.result) };
}
