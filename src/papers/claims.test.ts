/**
 * Every built paper's claims, read as `npm run claims` and the claims section
 * read them: each has an id no other claim in the notebook has (run files and
 * `--claim` name claims by id), its statement and the place in the paper it
 * comes from, and trains a preset its paper has, or none (an exact claim).
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';

describe("the papers' claims", () => {
  it('have ids unique across the notebook, words, a source, and presets their papers have', async () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const entry of CATALOG) {
      if (!entry.load) continue;
      const paper = await entry.load();
      if (paper.claims.length === 0) problems.push(`${entry.slug}: no claims`);
      for (const c of paper.claims) {
        const other = seen.get(c.id);
        if (other) problems.push(`${entry.slug}: claim id ${c.id} is also ${other}'s`);
        seen.set(c.id, entry.slug);
        if (!c.statement.trim() || !c.source.trim()) problems.push(`${c.id}: no statement or no source`);
        if (c.preset !== undefined && !Object.hasOwn(paper.presets, c.preset)) problems.push(`${c.id}: preset '${c.preset}' is not one of ${entry.slug}'s`);
      }
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(CATALOG.filter((e) => e.load).length);
  });
});
