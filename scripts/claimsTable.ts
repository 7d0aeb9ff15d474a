/** A Markdown table of claim outcomes, for the terminal and for closing notes. */
import type { ClaimOutcome } from '../src/core/claimsRunner';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatClaimsTable(rows: readonly (ClaimOutcome & { slug: string; backend: string })[]): string {
  const head = '| paper | claim | source | measured | expected | result | checked on | backend | time |';
  const rule = '|---|---|---|---|---|---|---|---|---|';
  const body = rows.map((r) =>
    `| ${r.slug} | ${cell(r.statement)} | ${cell(r.source)} | ${cell(r.measured)} | ${cell(r.expected)} | ${r.pass ? 'pass' : 'FAIL'} | ${cell(r.checkedOn ?? 'live run')} | ${r.backend} | ${r.seconds.toFixed(1)} s |` +
    (r.detail && !r.pass ? `\n|  | ↳ ${cell(r.detail)} |  |  |  |  |  |  |  |` : ''),
  );
  return [head, rule, ...body].join('\n');
}
