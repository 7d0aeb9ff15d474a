/**
 * A paper's claims as `npm run claims -- <slug> --record` measured them, with
 * provenance: public/runs/<slug>/claims.json. The Reproduce section shows these
 * recorded verdicts beside the ones the reader measures now, and says which is
 * which. A recorded verdict is the code's own output, never typed in.
 */
import { parseClaimOutcome, type ClaimOutcome } from '../claimsRunner';
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
  return { slug, provenance: p.provenance, outcomes: d.outcomes.map((o, i) => parseClaimOutcome(o, `outcome ${i + 1}`)) };
}
