/**
 * A paper's claim, checkable at browser scale (DESIGN.md, Claims): the statement
 * in our own words, where it comes from, the preset it runs on, and a run that
 * measures it. A verdict is never stored: it comes from running code.
 */
import type { BackendName } from './backend/backendNames';
import type { Tf } from './experiment';
import type { RunRecord } from './history/runRecord';
import { checkPresetName, presetParams, type Presets } from './params/presets';
import type { ParamsOf, Schema } from './params/schema';
import type { Rng } from './rng';
import type { PresetRunOptions } from './runner/presetRun';

export interface ClaimContext {
  tf: Tf;
  rng: Rng;
  backend: BackendName;
  signal: AbortSignal;
  /** Progress for long claims, 0..1. */
  onProgress?: (fraction: number, label?: string) => void;
  /** `npm run claims -- --full`: a claim may run its longer variant (more seeds); it says so in its detail. */
  full?: boolean;
  /**
   * `npm run claims -- <slug> --from file.run.json`: a recorded run (e.g. a merged sweep) that claims
   * which can read it check instead of training it again; they say so in ClaimResult.checkedOn.
   */
  recorded?: { file: string; run: RunRecord };
}

export interface ClaimResult {
  /** What we measured, formatted for a table (e.g. "a = 0.47"). */
  measured: string;
  /** What the claim expects (e.g. "a in (0.25, 0.75)"). */
  expected: string;
  pass: boolean;
  detail?: string;
  /** What the claim was checked on when not a live run (e.g. 'run file sweep.run.json'). */
  checkedOn?: string;
}

export interface Claim {
  id: string;
  /** The paper's statement in our words. */
  statement: string;
  /** Figure, table or section of the paper it comes from. */
  source: string;
  /** The preset its run trains; absent for an exact claim, which trains nothing (identities, published fits). */
  preset?: string;
  run(ctx: ClaimContext): Promise<ClaimResult>;
}

/** A claim's words: what it says and where the paper says it. */
export type ClaimWords = Pick<Claim, 'id' | 'statement' | 'source'>;

/**
 * Claims that all read one measured outcome (a shared preset run): each is its
 * words and a check of the outcome, and `measure` runs (or finds) the outcome
 * for the claim's context. `const claim = claimsOn(claimsRun, 'claims')`, then
 * `claim({ id, statement, source }, (o) => ({ measured, expected, pass }))`.
 */
export function claimsOn<O>(measure: (ctx: ClaimContext) => Promise<O>, preset: string) {
  return (words: ClaimWords, check: (outcome: O, ctx: ClaimContext) => ClaimResult | Promise<ClaimResult>): Claim => ({
    ...words,
    preset,
    run: async (ctx) => check(await measure(ctx), ctx),
  });
}

/**
 * Claims that each train one of the paper's presets, named once: the run gets
 * the preset's name and its settings. `const claim = claimsOnPresets(schema, presets)`,
 * then `claim('claims-walk', { id, statement, source }, async (ctx, preset, p) => …)`.
 * A preset the paper does not have fails when the claims module loads.
 */
export function claimsOnPresets<S extends Schema>(schema: S, presets: Presets<ParamsOf<S>>) {
  return (preset: string, words: ClaimWords, run: (ctx: ClaimContext, preset: string, params: ParamsOf<S>) => Promise<ClaimResult>): Claim => {
    checkPresetName(presets, preset, `claim ${words.id}`);
    return { ...words, preset, run: (ctx) => run(ctx, preset, presetParams(schema, presets, preset)) };
  };
}

/** What a claim keeps of a run besides the artifacts it reads: the run's settings, seed and wall time. */
export interface RunFacts<P> {
  params: P;
  seed: number;
  seconds: number;
}

/** A finished preset run's facts (presetRun's result has them among its other fields). */
export const runFacts = <P>(run: RunFacts<P>): RunFacts<P> => ({ params: run.params, seed: run.seed, seconds: run.seconds });

/** What presetRun needs from a claim's context: its engine, seed (or another) and stop signal, and whom to tell of progress. */
export function claimRunOptions(ctx: ClaimContext, onProgress: PresetRunOptions['onProgress'] = ctx.onProgress, seed = ctx.rng.seed): PresetRunOptions {
  return { tf: ctx.tf, backend: ctx.backend, seed, signal: ctx.signal, onProgress };
}
