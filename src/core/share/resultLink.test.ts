import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../runner/RunRecorder';
import { buildResultLink, decodeResults, encodeResults, MAX_LINK_CHARS, ResultLinkError, thinRows, type ResultPayload } from './resultLink';

const rows = (n: number): MetricRow[] =>
  Array.from({ length: n }, (_, i): MetricRow => ({ step: i + 1, values: i % 10 === 9 ? { loss: 3 / (i + 1), evalLoss: 4 / (i + 1), model: 0 } : { loss: 3 / (i + 1), model: 0 } }));

const payload = (n: number): ResultPayload => ({ rows: rows(n), backend: 'webgpu', adapter: 'google swiftshader', createdAt: 1_790_000_000_000 });

describe('result links', () => {
  it('round-trips a payload (values to 5 significant digits)', async () => {
    const p = payload(40);
    const back = await decodeResults(await encodeResults(p));
    expect(back.backend).toBe('webgpu');
    expect(back.adapter).toBe('google swiftshader');
    expect(back.createdAt).toBe(p.createdAt);
    expect(back.rows.map((r) => r.step)).toEqual(p.rows.map((r) => r.step));
    back.rows.forEach((r, i) => {
      expect(Object.keys(r.values).sort()).toEqual(Object.keys(p.rows[i].values).sort());
      for (const [k, v] of Object.entries(r.values)) expect(v).toBeCloseTo(p.rows[i].values[k], 4);
    });
  });

  it('starts with its version prefix and uses only base64url characters', async () => {
    const s = await encodeResults(payload(5));
    expect(s).toMatch(/^r1\.[A-Za-z0-9_-]+$/);
  });

  it('rejects corrupt, truncated and unknown-version payloads with a readable error', async () => {
    const good = await encodeResults(payload(200));
    await expect(decodeResults(good.slice(0, good.length / 2))).rejects.toThrow(ResultLinkError);
    await expect(decodeResults('r1.%%%')).rejects.toThrow(/base64url/);
    await expect(decodeResults('r9.abc')).rejects.toThrow(/unknown version/);
    await expect(decodeResults('garbage')).rejects.toThrow(/no version prefix/);
    const notWire = await encodeResults({ rows: [], backend: null, adapter: null, createdAt: 0 });
    await expect(decodeResults(notWire)).resolves.toMatchObject({ rows: [] });
  });

  it('thins each metric to evenly spaced whole rows, keeping the first and last', () => {
    const r = rows(1000);
    const thin = thinRows(r, 20);
    const evalRows = thin.filter((x) => 'evalLoss' in x.values);
    expect(evalRows.length).toBe(20);
    expect(thin.filter((x) => 'loss' in x.values).length).toBeLessThanOrEqual(40);
    expect(thin[0].step).toBe(1);
    expect(thin[thin.length - 1].step).toBe(1000);
    // Rows stay whole: a kept row keeps its model index beside its loss.
    expect(thin.every((x) => x.values.model === 0)).toBe(true);
  });

  it('stays under the size limit by thinning, and says so when even that is not enough', async () => {
    const base = 'http://localhost:4173/#/chinchilla?seed=1';
    const big = await buildResultLink(base, payload(20_000));
    expect(big.fits).toBe(true);
    if (big.fits) {
      expect(big.url.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
      expect(big.points).toBeLessThan(big.totalPoints);
      expect(big.url.startsWith(`${base}&results=r1.`)).toBe(true);
    }
    const small = await buildResultLink(base, payload(30));
    expect(small.fits && small.points === small.totalPoints).toBe(true);
    const tooBig = await buildResultLink(base, payload(2000), 300);
    expect(tooBig.fits).toBe(false);
    const empty = await buildResultLink(base, { ...payload(0) });
    expect(empty).toMatchObject({ fits: false, reason: expect.stringMatching(/run first/) });
  });
});
