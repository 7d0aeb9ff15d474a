import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { testClaimContext } from '../../core/claimsTesting';
import { presetParams } from '../../core/params/presets';
import { expectFileMatchesOneProcess, mergeAndReadBack, runAllPointsFresh } from '../../core/sweep/gridTesting';
import { recordedSweep, sweepExponents } from './claims';
import { chinchillaSchema } from './params';
import { chinchillaPresets } from './presets';
import { chinchillaSweepGrid } from './sweepGrid';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(chinchillaSchema, chinchillaPresets, 'tiny');
const QUERY = chinchillaSweepGrid.canonical('preset=tiny&seed=3');

describe('the Chinchilla IsoFLOP grid', () => {
  it('has one point per planned run, and its query round-trips through the paper codec', () => {
    expect(QUERY).toBe('seed=3&preset=tiny');
    expect(chinchillaSweepGrid.settings(QUERY)).toEqual({ params: TINY, seed: 3, preset: 'tiny' });
    expect(chinchillaSweepGrid.points(QUERY)).toHaveLength(TINY.budgets * TINY.sizes);
    expect(() => chinchillaSweepGrid.settings('preset=tiny&nope=1')).toThrow(/nope/);
  });

  it('merges points run out of order, each in a fresh process state, into the one-process recording (WASM)', async () => {
    // The experiment itself, start to end in this process (what `npm run sweep -- --workers 0` runs).
    const ref = await chinchillaSweepGrid.runOneProcess(QUERY, tf, 'wasm');
    const done = await runAllPointsFresh(chinchillaSweepGrid, QUERY, tf);
    const back = expectFileMatchesOneProcess(chinchillaSweepGrid, QUERY, done, ref);
    expect(back.params).toEqual(TINY);
    expect(back.seed).toBe(3);

    // `npm run claims -- chinchilla --from file`: the claims read the file's runs and recompute the same analysis.
    const recorded = { file: 'merged.run.json', run: back };
    expect(JSON.stringify(recordedSweep(recorded).analysis)).toBe(JSON.stringify(ref.artifacts.analysis));
    const claim = await sweepExponents.run({ ...testClaimContext(tf), recorded });
    expect(claim.checkedOn).toBe('run file merged.run.json (tiny, seed 3)');
    expect(claim.detail).toMatch(/Sweep: 12 runs/);

    // One point missing: no analysis, end 'error', and the message names the point.
    done.delete(4);
    const partial = mergeAndReadBack(chinchillaSweepGrid, QUERY, done, [{ point: 4, label: 'x', message: 'boom', attempts: 2 }]);
    expect(partial.record.end).toBe('error');
    expect(partial.record.message).toMatch(/1 of 12 points missing: #4 run 5.*boom; 2 attempts/);
    expect(partial.record.artifacts.analysis).toBeUndefined();
    expect(() => recordedSweep({ file: 'partial.run.json', run: partial.record })).toThrow(/partial.run.json holds an unfinished run: Sweep incomplete/);
  });

  it('refuses a result that is not a point result', () => {
    expect(() => chinchillaSweepGrid.merge(QUERY, new Map([[0, { run: {}, steps: [] }]]))).toThrow(/run record/);
  });
});
