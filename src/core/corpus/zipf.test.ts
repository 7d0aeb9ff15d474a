import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { makeCorpus } from './corpus';
import { ZipfSampler } from './zipf';

/** Least-squares slope of log(count) on log(rank) over the top `k` ranks by count. */
function logLogSlope(counts: number[], k: number): number {
  const sorted = counts.filter((c) => c > 0).sort((a, b) => b - a).slice(0, k);
  const xs = sorted.map((_, r) => Math.log(r + 1));
  const ys = sorted.map((c) => Math.log(c));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxy / sxx;
}

describe('Zipf', () => {
  it('samples ranks with probability proportional to r^-s', () => {
    const z = new ZipfSampler(10, 1);
    const rng = new Rng(1);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[z.sample(rng)]++;
    for (let r = 0; r < 10; r++) expect(counts[r] / 100_000).toBeCloseTo(z.prob(r), 2);
    expect(z.prob(0) / z.prob(1)).toBeCloseTo(2, 10);
  });

  it.each([0.8, 1.2])('gives noun frequency vs rank a log-log slope near -%s in the corpus', (s) => {
    const c = makeCorpus({ totalTokens: 300_000, zipfExponent: s }, new Rng(21));
    const counts = new Array<number>(c.lexicon.nouns.length).fill(0);
    for (const w of c.text.split(/[ .\n|]+/)) {
      const a = c.lexicon.analyze(w);
      if (a?.cls === 'noun') counts[a.rank]++;
    }
    expect(logLogSlope(counts, 40)).toBeGreaterThan(-s - 0.15);
    expect(logLogSlope(counts, 40)).toBeLessThan(-s + 0.15);
  });
});
