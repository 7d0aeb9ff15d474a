/**
 * A paper's claim, checkable at browser scale (DESIGN.md, Claims): the statement
 * in our own words, where it comes from, the preset it runs on, and a run that
 * measures it. A verdict is never stored: it comes from running code.
 */
import type { BackendName } from './backend/backendNames';
import type { Tf } from './experiment';
import type { RunRecord } from './history/runRecord';
import type { Rng } from './rng';

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
  preset: string;
  run(ctx: ClaimContext): Promise<ClaimResult>;
}
