/**
 * Reads (N, D or C, loss) points from pasted or uploaded CSV for the "fit your
 * own data" section. Never throws: bad rows are skipped with a message that
 * names the line. With C instead of D, D = C / 6N (the paper's FLOP count).
 */
import type { LossPoint } from './fit';

export interface CsvResult {
  points: LossPoint[];
  /** One message per skipped row or problem, for the reader. */
  problems: string[];
}

export const MAX_ROWS = 20_000;
/** Longest text read: 20,000 rows of three numbers fit in well under 4 MB. */
export const MAX_CSV_CHARS = 4_000_000;

const ALIASES: Record<'N' | 'D' | 'C' | 'loss', RegExp> = {
  N: /^(n|params?|parameters|model[ _]?size|num[ _]?params)$/i,
  D: /^(d|tokens?|data|training[ _]?tokens)$/i,
  C: /^(c|flops?|compute|training[ _]?flops?)$/i,
  loss: /^(l|loss|final[ _]?loss|eval[ _]?loss)$/i,
};

function splitLine(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
  return line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

export function parseLossCsv(text: string): CsvResult {
  const problems: string[] = [];
  if (text.length > MAX_CSV_CHARS) {
    return { points: [], problems: [`The file is ${(text.length / 1e6).toFixed(1)} MB; this section reads at most ${MAX_CSV_CHARS / 1e6} MB (${MAX_ROWS.toLocaleString()} rows).`] };
  }
  const lines = text.split(/\r?\n/).map((l, i) => ({ text: l.trim(), no: i + 1 })).filter((l) => l.text && !l.text.startsWith('#'));
  if (lines.length === 0) return { points: [], problems: ['The CSV is empty.'] };

  const first = splitLine(lines[0].text);
  const hasHeader = first.some((c) => c !== '' && !Number.isFinite(Number(c)));
  let col: Partial<Record<'N' | 'D' | 'C' | 'loss', number>> = { N: 0, D: 1, loss: 2 };
  if (hasHeader) {
    col = {};
    first.forEach((name, i) => {
      for (const key of Object.keys(ALIASES) as (keyof typeof ALIASES)[]) {
        if (ALIASES[key].test(name) && col[key] === undefined) col[key] = i;
      }
    });
    const missing = [col.N === undefined && 'N (parameters)', col.D === undefined && col.C === undefined && 'D (tokens) or C (FLOPs)', col.loss === undefined && 'loss'].filter(Boolean);
    if (missing.length) {
      return { points: [], problems: [`The header '${lines[0].text.slice(0, 60)}' has no column for ${missing.join(', ')}. Name columns N, D (or C) and loss.`] };
    }
  }
  const rows = hasHeader ? lines.slice(1) : lines;
  if (rows.length > MAX_ROWS) problems.push(`Only the first ${MAX_ROWS.toLocaleString()} of ${rows.length.toLocaleString()} rows are used.`);

  const points: LossPoint[] = [];
  for (const row of rows.slice(0, MAX_ROWS)) {
    const cells = splitLine(row.text);
    const num = (i: number | undefined) => (i === undefined ? NaN : Number(cells[i]));
    const N = num(col.N);
    const loss = num(col.loss);
    const D = col.D !== undefined ? num(col.D) : num(col.C) / (6 * N);
    if (![N, D, loss].every((x) => Number.isFinite(x) && x > 0)) {
      problems.push(`Line ${row.no} skipped: '${row.text.slice(0, 60)}' needs positive numbers for N, ${col.D !== undefined ? 'D' : 'C'} and loss.`);
      continue;
    }
    points.push({ N, D, loss });
  }
  if (points.length === 0 && problems.length === 0) problems.push('The CSV has a header but no rows of numbers under it.');
  if (points.length > 0 && points.length < 5) problems.push(`Only ${points.length} usable points: the fit has 5 parameters and needs more.`);
  return { points, problems };
}
