/** Markdown tables of claim outcomes, for the terminal and for closing notes. */
import type { ClaimOutcome } from '../src/core/claimsRunner';
import type { PaperSeeds } from './sweepClaims';

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

/** At most this many characters of a measurement in a seed's cell. */
const SHORT = 40;
const short = (s: string): string => (s.length > SHORT ? `${s.slice(0, SHORT - 1)}…` : s);
const seedsWord = (n: number): string => (n === 1 ? 'seed' : 'seeds');

/**
 * One paper's claims over seeds (`npm run claims -- --seeds`): a row per claim
 * with each seed's measurement, then a verdict per claim ("holds on 3 of 3 seeds").
 * A seed whose job failed fails every claim, with the job's message.
 */
export function formatSeedsTable(p: PaperSeeds): string {
  const backends = [...new Set(p.seeds.flatMap((s) => (s.backend ? [s.backend] : [])))];
  const title = `### ${p.slug}: ${seedsWord(p.seeds.length)} ${p.seeds.map((s) => s.seed).join(', ')}${backends.length ? ` on ${backends.join(', ')}` : ''}`;
  const head = `| claim | expected | ${p.seeds.map((s) => `seed ${s.seed}`).join(' | ')} | passes |`;
  const rule = `|---|---|${p.seeds.map(() => '---|').join('')}---|`;
  const verdicts: string[] = [];
  const body = p.claims.map((c) => {
    const outcomes = p.seeds.map((s) => s.outcomes?.find((o) => o.id === c.id));
    const cells = p.seeds.map((s, i) => {
      const o = outcomes[i];
      if (o) return `${o.pass ? 'pass' : 'FAIL'}: ${short(o.measured)}`;
      return `job failed: ${short(s.failed?.message ?? 'no result')}`;
    });
    const failing = p.seeds.filter((_, i) => !outcomes[i]?.pass).map((s) => s.seed);
    const n = p.seeds.length;
    verdicts.push(`${c.id}: holds on ${n - failing.length} of ${n} ${seedsWord(n)}${failing.length && failing.length < n ? ` (fails on ${seedsWord(failing.length)} ${failing.join(', ')})` : ''}`);
    const expected = outcomes.find((o) => o !== undefined)?.expected ?? '–';
    return `| ${cell(c.id)} | ${cell(short(expected))} | ${cells.map(cell).join(' | ')} | ${n - failing.length} of ${n} |`;
  });
  return [title, '', head, rule, ...body, '', ...verdicts].join('\n');
}
