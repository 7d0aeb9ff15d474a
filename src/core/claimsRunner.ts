/**
 * Runs a paper's claims for real, one after another: as an experiment in the
 * worker (the panel's Reproduce section) and from `npm run claims` in Node.
 * A claim that throws is a failed claim with the error as its detail. Every
 * claim gets a fresh Rng from the run seed (1 in both places).
 */
import type { Claim, ClaimContext, ClaimResult } from './claims';
import type { Experiment } from './experiment';
import { Rng } from './rng';

export interface ClaimOutcome extends ClaimResult {
  id: string;
  statement: string;
  source: string;
  seconds: number;
}

export async function runClaim(claim: Claim, ctx: ClaimContext): Promise<ClaimOutcome> {
  const t0 = performance.now();
  let result: ClaimResult;
  try {
    result = await claim.run(ctx);
  } catch (err) {
    result = { measured: 'error', expected: '–', pass: false, detail: err instanceof Error ? err.message : String(err) };
  }
  return { id: claim.id, statement: claim.statement, source: claim.source, ...result, seconds: (performance.now() - t0) / 1000 };
}

export interface ClaimsParams {
  /** Claim ids to run; all when empty. */
  only: readonly string[];
}

export interface ClaimsArtifacts {
  /** The outcomes so far, in order. */
  claims: ClaimOutcome[];
}
export type ClaimsMetric = 'passed';

/** The claims as an experiment. */
export function claimsExperiment(claims: readonly Claim[]): Experiment<ClaimsParams, ClaimsArtifacts, ClaimsMetric> {
  return async function* (params, ctx) {
    const chosen = params.only.length ? claims.filter((c) => params.only.includes(c.id)) : claims;
    const outcomes: ClaimOutcome[] = [];
    for (const [i, claim] of chosen.entries()) {
      if (ctx.signal.aborted) return;
      yield { kind: 'progress', done: i, total: chosen.length, label: `claim ${i + 1} of ${chosen.length}: ${claim.id}` };
      // Progress inside a long claim reaches the page while it runs.
      let fraction = 0;
      let label = claim.id;
      let outcome: ClaimOutcome | null = null;
      const pending = runClaim(claim, {
        tf: ctx.tf,
        // Every claim starts from the same seed, so claims can share work keyed by it.
        rng: new Rng(ctx.rng.seed),
        backend: ctx.backend,
        signal: ctx.signal,
        onProgress: (f, l) => {
          fraction = f;
          if (l) label = `${claim.id}: ${l}`;
        },
      }).then((o) => (outcome = o));
      while (outcome === null) {
        await Promise.race([pending, new Promise((r) => setTimeout(r, 250))]);
        yield { kind: 'progress', done: i + Math.min(fraction, 0.999), total: chosen.length, label: `claim ${i + 1} of ${chosen.length}: ${label}` };
      }
      outcomes.push(outcome);
      yield { kind: 'artifact', name: 'claims', data: [...outcomes] };
      yield { kind: 'metrics', step: i + 1, values: { passed: outcomes.filter((o) => o.pass).length } };
    }
    yield { kind: 'progress', done: chosen.length, total: chosen.length };
  };
}
