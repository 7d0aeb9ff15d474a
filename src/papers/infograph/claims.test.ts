import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { testClaimContext } from '../../core/claimsTesting';
import { Rng } from '../../core/rng';
import { defaultsOf } from '../../core/params/schema';
import { infographClaims, jsdMatchesFormula, MAX_GAP, MIN_GAIN, MOTIF_PRESET, MUTAG_PRESET, WL_HEIGHT, wlProbe } from './claims';
import { datasetInfo, makeGraphSet } from './dataset';
import { infographSchema } from './params';
import { infographPresets } from './presets';

const tf = await initNodeBackend('wasm');

describe('infograph claims', () => {
  it('name existing presets (none for the exact JSD claim) and keep the issue\'s thresholds', () => {
    expect(infographClaims.map((c) => c.preset)).toEqual([MUTAG_PRESET, MOTIF_PRESET, undefined]);
    for (const c of infographClaims.slice(0, 2)) expect(Object.keys(infographPresets)).toContain(c.preset);
    expect(MIN_GAIN).toBe(0.05);
    expect(MAX_GAP).toBe(0.1);
  });

  it('the exact JSD claim passes on the real estimator', async () => {
    const r = await jsdMatchesFormula.run(testClaimContext(tf));
    expect(r.pass).toBe(true);
  });

  it('the WL baseline rebuilds the run\'s own data set from its params and seed, and refuses another', () => {
    const params = { ...defaultsOf(infographSchema), graphs: 40, folds: 3 };
    const info = datasetInfo(makeGraphSet(params, new Rng(7).fork('data')));
    const r = wlProbe({ params, seed: 7, info }, WL_HEIGHT);
    expect(r.perFold).toHaveLength(3);
    expect(r.mean).toBeGreaterThan(0);
    expect(r.mean).toBeLessThanOrEqual(1);
    expect(() => wlProbe({ params, seed: 7, info: { ...info, count: info.count + 1 } })).toThrow(/not the run's/);
    expect(() => wlProbe({ params, seed: 7, info: { ...info, classCounts: [...info.classCounts].reverse() } })).toThrow(/not the run's/);
  });
});
