import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { evaluateExpression } from './arithmetic';
import { DOC_SEP, encode } from './charTokenizer';
import { makeCorpus } from './corpus';
import { PROBE_FAMILIES, probes } from './probes';

describe('probes', () => {
  const c = makeCorpus({ totalTokens: 100_000 }, new Rng(41));

  it('are deterministic, encodable, and start with the document separator', () => {
    for (const family of PROBE_FAMILIES) {
      const a = probes(c, family, 20, new Rng(1));
      expect(probes(c, family, 20, new Rng(1))).toEqual(a);
      for (const p of a) {
        expect(p.family).toBe(family);
        expect(p.prompt.startsWith(DOC_SEP)).toBe(true);
        expect(p.answer.length).toBeGreaterThan(0);
        expect(() => encode(p.prompt + p.answer)).not.toThrow();
      }
    }
  });

  it('ask for facts the corpus states, with the world\'s answer', () => {
    for (const p of probes(c, 'fact', 100, new Rng(2))) {
      const f = c.world.facts[p.facts?.[0] ?? -1];
      expect(p.prompt).toBe(DOC_SEP + f.prefix);
      expect(p.answer).toBe(f.object);
      expect(c.factCounts[f.index]).toBeGreaterThan(0);
      expect(c.text).toContain(f.prefix + p.answer + '.');
    }
  });

  it('copy a string that appears earlier in the prompt', () => {
    for (const p of probes(c, 'copy', 50, new Rng(3))) {
      expect(p.prompt).toMatch(/^\|remember [a-z]{6}\. .*repeat: $/);
      expect(p.prompt).toContain(`remember ${p.answer}.`);
    }
  });

  it('have correct arithmetic and two-hop answers', () => {
    for (const p of probes(c, 'arithmetic', 100, new Rng(4))) {
      expect(p.prompt).toMatch(/^\|\d+[+-]\d+=$/);
      expect(String(evaluateExpression(p.prompt.slice(1)))).toBe(p.answer);
    }
    let hops = 0;
    for (const p of probes(c, 'multistep', 100, new Rng(5))) {
      if (p.facts) {
        hops++;
        const person = c.world.people.find((x) => x.name === c.world.facts[p.facts?.[0] ?? -1].subject);
        const city = c.world.cities.find((x) => x.name === person?.city);
        expect(p.answer).toBe(city?.country);
        expect(p.prompt).toContain(`so ${person?.name} is in `);
      } else {
        expect(p.prompt).toMatch(/^\|\d+[+-]\d+[+-]\d+=$/);
        expect(String(evaluateExpression(p.prompt.slice(1)))).toBe(p.answer);
      }
    }
    expect(hops).toBeGreaterThan(30);
    expect(hops).toBeLessThan(70);
  });

  it('ask for the main verb in the head noun\'s number, across an attractor of the other number', () => {
    for (const p of probes(c, 'agreement', 100, new Rng(6))) {
      const words = p.prompt.slice(1).trim().split(' ');
      expect(words[0]).toBe('the');
      expect(words[2]).toBe('that');
      const head = c.lexicon.analyze(words[1]);
      const answer = c.lexicon.analyze(p.answer);
      const foil = c.lexicon.analyze(p.foil ?? '');
      expect(head?.cls).toBe('noun');
      expect(answer?.cls).toBe('verb');
      expect(answer?.plural).toBe(head?.plural);
      expect(foil?.rank).toBe(answer?.rank);
      expect(foil?.plural).toBe(!head?.plural);
      const inner = words.slice(3).map((w) => c.lexicon.analyze(w)).find((a) => a?.cls === 'noun');
      expect(inner?.plural).toBe(!head?.plural);
      expect(p.prompt.endsWith(' ')).toBe(true);
    }
  });
});
