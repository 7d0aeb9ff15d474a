/** `npm run claims -- <slug> --record`: the outcomes, with provenance, as public/runs/<slug>/claims.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ClaimOutcome } from '../src/core/claimsRunner';
import { recordedClaimsToFile } from '../src/core/history/recordedClaims';
import { provenanceHere } from './provenance';

export function writeRecordedClaims(slug: string, outcomes: readonly ClaimOutcome[], o: { args: readonly string[]; backend: string; started: Date }): string {
  const durationMs = outcomes.reduce((s, c) => s + 1000 * c.seconds, 0);
  const provenance = provenanceHere({ command: `npm run claims -- ${slug} --record${o.args.includes('--full') ? ' --full' : ''}`, preset: 'claims', seed: 1, backend: o.backend, started: o.started, durationMs });
  const out = path.join('public', 'runs', slug, 'claims.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, recordedClaimsToFile({ slug, provenance, outcomes: [...outcomes] }));
  return out;
}
