import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { Rng } from '../../core/rng';
import { infographClaims, jsdMatchesFormula, MAX_GAP, MIN_GAIN } from './claims';
import { infographPresets } from './presets';

const tf = await initNodeBackend('wasm');

describe('infograph claims', () => {
  it('name existing presets and keep the issue\'s thresholds', () => {
    for (const c of infographClaims) expect(Object.keys(infographPresets)).toContain(c.preset);
    expect(MIN_GAIN).toBe(0.05);
    expect(MAX_GAP).toBe(0.1);
  });

  it('the exact JSD claim passes on the real estimator', async () => {
    const r = await jsdMatchesFormula.run({ tf, rng: new Rng(1), backend: 'wasm', signal: new AbortController().signal });
    expect(r.pass).toBe(true);
  });
});
