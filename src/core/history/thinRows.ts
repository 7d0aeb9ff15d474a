/**
 * Fewer metric rows for a recorded run that would pass its size budget: rows
 * of the most frequent kind (same metric names) keep every `factor`-th one,
 * plus the first and last row of each segment, so every curve keeps its shape,
 * its start and its end. Rare rows (evaluations, summaries) are all kept.
 */
import type { MetricRow } from '../runner/RunRecorder';

/** A kind with at most this many rows is kept whole. */
const KEEP_WHOLE = 200;

const kindOf = (r: MetricRow) => Object.keys(r.values).sort().join(',');

export function thinRows(rows: readonly MetricRow[], factor: number): MetricRow[] {
  if (factor <= 1) return [...rows];
  const kinds = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = kindOf(r);
    const list = kinds.get(k) ?? [];
    list.push(i);
    kinds.set(k, list);
  });
  const keep = new Set<number>();
  for (const idx of kinds.values()) {
    if (idx.length <= KEEP_WHOLE) {
      idx.forEach((i) => keep.add(i));
      continue;
    }
    idx.forEach((i, j) => {
      const seg = rows[i].values.segment;
      const first = j === 0 || rows[idx[j - 1]].values.segment !== seg;
      const last = j === idx.length - 1 || rows[idx[j + 1]].values.segment !== seg;
      if (first || last || j % factor === 0) keep.add(i);
    });
  }
  return rows.filter((_, i) => keep.has(i));
}
