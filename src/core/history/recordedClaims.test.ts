import { describe, expect, it } from 'vitest';
import { recordedClaimsFromFile, recordedClaimsToFile, type RecordedClaims } from './recordedClaims';

const sample: RecordedClaims = {
  slug: 'gopher',
  provenance: { command: 'npm run claims -- gopher --record', commit: 'a617147', dirty: false, preset: 'claims', seed: 1, backend: 'wasm', machine: 'Linux x64', date: '2026-12-04T08:00:00.000Z', durationMs: 1000 },
  outcomes: [{ id: 'c1', statement: 's', source: 'Fig. 1', measured: '1.0', expected: '< 2', pass: true, seconds: 1.5, detail: 'd' }],
};

describe('recorded claims file', () => {
  it('round-trips', () => {
    expect(recordedClaimsFromFile(recordedClaimsToFile(sample), 'gopher')).toEqual(sample);
  });

  it('names what is wrong', () => {
    expect(() => recordedClaimsFromFile(recordedClaimsToFile(sample), 'rims')).toThrow(/belong to 'gopher'/);
    const bad = JSON.parse(recordedClaimsToFile(sample)) as { outcomes: { pass: unknown }[] };
    bad.outcomes[0].pass = 'yes';
    expect(() => recordedClaimsFromFile(JSON.stringify(bad), 'gopher')).toThrow(/outcome 1: "pass"/);
    expect(() => recordedClaimsFromFile(JSON.stringify({ ...sample, format: 'x', version: 1 }), 'gopher')).toThrow(/not a version-1/);
    expect(() => recordedClaimsFromFile(JSON.stringify({ format: 'paper-notebook-claims', version: 1, slug: 'gopher', provenance: { ...sample.provenance, commit: 'zz' }, outcomes: [] }), 'gopher')).toThrow(/commit/);
  });
});
