import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { makeCorpus } from './corpus';
import { TEMPLATES } from './world';

describe('World', () => {
  const c = makeCorpus({ totalTokens: 200_000, entities: 100 }, new Rng(31));
  const w = c.world;

  it('is consistent: each city lies in a country, each capital in its own country', () => {
    expect(w.people.length).toBe(100);
    const countryOf = new Map(w.cities.map((x) => [x.name, x.country]));
    for (const k of w.countries) expect(countryOf.get(k.capital)).toBe(k.name);
    for (const p of w.people) expect(countryOf.has(p.city)).toBe(true);
    expect(w.facts.length).toBe(3 * w.people.length + w.cities.length + w.countries.length);
  });

  it('uses names disjoint from each other and from the lexicon', () => {
    const names = [...w.people.map((p) => p.name), ...w.cities.map((x) => x.name), ...w.countries.map((x) => x.name), ...w.jobs];
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(c.lexicon.analyze(n)).toBeNull();
  });

  it('states facts that recur across documents, popular people most', () => {
    const text = (d: number): string => c.text.slice(c.docStarts[d], c.docStarts[d + 1]);
    const fact = w.fact(w.people[0].name, 'lives_in');
    expect(fact).toBeDefined();
    let docs = 0;
    for (let d = 0; d < c.docStarts.length - 1; d++) if (text(d).includes(fact?.text ?? '?')) docs++;
    expect(docs).toBeGreaterThan(5);
    expect(docs).toBe(c.factCounts[fact?.index ?? -1]);
    const recurring = Array.from(c.factCounts).filter((n) => n >= 2).length;
    expect(recurring).toBeGreaterThan(w.facts.length / 2);
    expect(c.factCounts[0]).toBeGreaterThan(c.factCounts[3 * 99]);
  });

  it('writes every fact sentence from its template and two-hop chains from true facts', () => {
    for (const f of w.facts) {
      const t = TEMPLATES[f.relation];
      expect(f.text).toBe(f.prefix + f.object + t.after);
      expect(c.text.includes(f.text) || c.factCounts[f.index] === 0).toBe(true);
    }
    for (const m of c.text.matchAll(/(\w+) lives in (\w+)\. (\w+) is in (\w+)\. so (\w+) is in (\w+)\./g)) {
      const p = w.people.find((x) => x.name === m[1]);
      expect(p?.city).toBe(m[2]);
      expect(m[3]).toBe(m[2]);
      expect(w.cities.find((x) => x.name === m[2])?.country).toBe(m[4]);
      expect([m[5], m[6]]).toEqual([m[1], m[4]]);
    }
  });
});
