/**
 * Runs a paper's claims for real, one after another: as an experiment in the
 * worker (the panel's Reproduce section), from `npm run claims` in Node, and
 * as one seed's job of `npm run claims -- --seeds` (core/sweep/claimsJob.ts).
 * A claim that throws is a failed claim with the error as its detail. Every
 * claim gets a fresh Rng from the run seed (1 unless `--seeds` says otherwise).
 */
import type { BackendName } from './backend/backendNames';
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

export interface RunClaimsOptions extends Omit<ClaimContext, 'rng' | 'onProgress'> {
  seed: number;
  /** Before each claim starts. */
  onStart?(claim: Claim, index: number): void;
  /** Progress inside claim `index`, 0..1. */
  onProgress?(index: number, fraction: number, label?: string): void;
  onOutcome?(outcome: ClaimOutcome, index: number): void;
}

/**
 * Runs claims one after another in this process, each with a fresh Rng from
 * `seed`: claims that read the same preset run (runner/presetRun.ts) share it.
 */
export async function runClaims(claims: readonly Claim[], o: RunClaimsOptions): Promise<ClaimOutcome[]> {
  const { seed, onStart, onProgress, onOutcome, ...ctx } = o;
  const outcomes: ClaimOutcome[] = [];
  for (const [i, claim] of claims.entries()) {
    onStart?.(claim, i);
    const outcome = await runClaim(claim, { ...ctx, rng: new Rng(seed), onProgress: (f, label) => onProgress?.(i, f, label) });
    outcomes.push(outcome);
    onOutcome?.(outcome, i);
  }
  return outcomes;
}

/** The backend a paper's claims run on: the one asked for, or 'cpu' when the paper lists backends without it. */
export function claimsBackend<B extends BackendName>(backends: readonly BackendName[] | undefined, requested: B): B | 'cpu' {
  return backends && !backends.includes(requested) ? 'cpu' : requested;
}

/** An outcome that crossed a process boundary (a worker's reply, a file), checked field by field; throws naming the first problem. */
export function parseClaimOutcome(v: unknown, where: string): ClaimOutcome {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${where} is not an object`);
  const o: Record<string, unknown> = { ...v };
  const text = (k: string): string => {
    const x = o[k];
    if (typeof x !== 'string') throw new Error(`${where}: "${k}" is not text`);
    return x;
  };
  const [id, statement, source, measured, expected] = [text('id'), text('statement'), text('source'), text('measured'), text('expected')];
  const { pass, seconds, detail, checkedOn } = o;
  if (typeof pass !== 'boolean') throw new Error(`${where}: "pass" is not true or false`);
  if (typeof seconds !== 'number') throw new Error(`${where}: "seconds" is not a number`);
  return {
    id, statement, source, measured, expected, pass, seconds,
    ...(typeof detail === 'string' ? { detail } : {}),
    ...(typeof checkedOn === 'string' ? { checkedOn } : {}),
  };
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
