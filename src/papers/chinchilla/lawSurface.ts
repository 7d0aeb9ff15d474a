/**
 * L(N, D) = E + A/N^alpha + B/D^beta on a log grid, IsoFLOP lines C = 6ND and
 * the efficient frontier: the data behind the calculator's contour plot (§3.3, Fig. 4).
 */
import { computeOptimal, predictLoss, type LossLaw } from './fit';

export interface LawSurface {
  log10N: number[];
  log10D: number[];
  /** loss[j][i] at (log10N[i], log10D[j]). */
  loss: number[][];
}

export function lawSurface(law: LossLaw, nRange: [number, number], dRange: [number, number], steps = 60): LawSurface {
  const axis = ([lo, hi]: [number, number]) =>
    Array.from({ length: steps }, (_, i) => Math.log10(lo) + ((Math.log10(hi) - Math.log10(lo)) * i) / (steps - 1));
  const log10N = axis(nRange);
  const log10D = axis(dRange);
  const loss = log10D.map((ld) => log10N.map((ln) => predictLoss(10 ** ln, 10 ** ld, law)));
  return { log10N, log10D, loss };
}

/** The compute-optimal (N, D) for budgets spanning [cLo, cHi], log-spaced. */
export function frontier(law: LossLaw, cLo: number, cHi: number, points = 40): { C: number; N: number; D: number }[] {
  return Array.from({ length: points }, (_, i) => {
    const C = 10 ** (Math.log10(cLo) + ((Math.log10(cHi) - Math.log10(cLo)) * i) / (points - 1));
    return { C, ...computeOptimal(C, law) };
  });
}

/** The line C = 6ND across an N range, as log10 coordinates. */
export function isoFlopLine(C: number, nRange: [number, number]): { log10N: number[]; log10D: number[] } {
  const [lo, hi] = nRange.map(Math.log10);
  const log10N = [lo, hi];
  return { log10N, log10D: log10N.map((ln) => Math.log10(C / 6) - ln) };
}
