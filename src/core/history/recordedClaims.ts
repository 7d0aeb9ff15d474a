/**
 * A paper's claims as `npm run claims -- <slug> --record` measured them, with
 * provenance: public/runs/<slug>/claims.json. The Reproduce section shows these
 * recorded verdicts beside the ones the reader measures now, and says which is
 * which. A recorded verdict is the code's own output, never typed in.
 */
import type { ClaimOutcome } from '../claimsRunner';
import { parseProvenance, type RunProvenance } from './provenance';

export const CLAIMS_FILE_FORMAT = 'paper-notebook-claims';

export interface RecordedClaims {
  slug: string;
  provenance: RunProvenance;
  outcomes: ClaimOutcome[];
}

export function recordedClaimsToFile(r: RecordedClaims): string {
  return JSON.stringify({ format: CLAIMS_FILE_FORMAT, version: 1, ...r }, null, 1);
}

function outcomeOf(v: unknown, i: number): ClaimOutcome {
  if (!v || typeof v !== 'object') throw new Error(`outcome ${i + 1} is not an object`);
  const o = v as Record<string, unknown>;
  for (const k of ['id', 'statement', 'source', 'measured', 'expected'] as const) {
    if (typeof o[k] !== 'string') throw new Error(`outcome ${i + 1}: "${k}" is not text`);
  }
  if (typeof o.pass !== 'boolean') throw new Error(`outcome ${i + 1}: "pass" is not true or false`);
  if (typeof o.seconds !== 'number') throw new Error(`outcome ${i + 1}: "seconds" is not a number`);
  return {
    id: o.id as string,
    statement: o.statement as string,
    source: o.source as string,
    measured: o.measured as string,
    expected: o.expected as string,
    pass: o.pass,
    seconds: o.seconds,
    ...(typeof o.detail === 'string' ? { detail: o.detail } : {}),
  };
}

/** Parses a claims file for `slug`; throws an Error naming the first problem. */
export function recordedClaimsFromFile(text: string, slug: string): RecordedClaims {
  const doc: unknown = JSON.parse(text);
  if (!doc || typeof doc !== 'object') throw new Error('not a claims file');
  const d = doc as Record<string, unknown>;
  if (d.format !== CLAIMS_FILE_FORMAT || d.version !== 1) throw new Error(`not a version-1 "${CLAIMS_FILE_FORMAT}" file`);
  if (d.slug !== slug) throw new Error(`these claims belong to '${String(d.slug)}', not '${slug}'`);
  const p = parseProvenance(d.provenance);
  if ('error' in p) throw new Error(p.error);
  if (!Array.isArray(d.outcomes)) throw new Error('"outcomes" is not a list');
  return { slug, provenance: p.provenance, outcomes: d.outcomes.map(outcomeOf) };
}
