import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { testClaimContext } from '../../core/claimsTesting';
import { presetParams } from '../../core/params/presets';
import { expectFileMatchesOneProcess, mergeAndReadBack, runAllPointsFresh, untimedRecording } from '../../core/sweep/gridTesting';
import { lossPowerLaw, recordedFamily } from './claims';
import { gopherSchema } from './params';
import { gopherPresets } from './presets';
import { gopherSweepGrid } from './sweepGrid';

const tf = await initNodeBackend('wasm');
// The tiny family, 4 members of 10 steps each: every member a point.
const QUERY = gopherSweepGrid.canonical('preset=tiny&seed=3');
const PARAMS = presetParams(gopherSchema, gopherPresets, 'tiny');

describe('the Gopher family grid', () => {
  it('has one point per family member, and its query round-trips through the paper codec', () => {
    expect(gopherSweepGrid.settings(QUERY)).toEqual({ params: PARAMS, seed: 3, preset: 'tiny' });
    expect(gopherSweepGrid.points(QUERY).map((p) => p.label.split(',')[0])).toEqual(['model 1: 44M-like', 'model 2: 117M-like', 'model 3: 417M-like', 'model 4: 1.4B-like']);
  });

  it('merges members run out of order, each in a fresh process state, into the one-process recording (WASM)', async () => {
    // The experiment itself, start to end in this process (what `npm run sweep -- --workers 0` runs).
    const ref = await gopherSweepGrid.runOneProcess(QUERY, tf, 'wasm');
    const done = await runAllPointsFresh(gopherSweepGrid, QUERY, tf);
    // The merge itself: every artifact the experiment records (family, results, loss fit, samples, weights) and its rows.
    const merged = gopherSweepGrid.merge(QUERY, new Map([...done].map(([i, d]) => [i, d.result])));
    expect(Object.keys(merged.artifacts).sort()).toEqual(['family', 'lossFit', 'results', 'samples', 'weights']);
    expect(merged.artifacts).toEqual(ref.artifacts);
    expect(untimedRecording(merged, gopherSweepGrid)).toEqual(untimedRecording(ref, gopherSweepGrid));

    // The run file `npm run sweep` writes, read back.
    const back = expectFileMatchesOneProcess(gopherSweepGrid, QUERY, done, ref);
    expect(back.params).toEqual(PARAMS);

    // `npm run claims -- gopher --from file`: the claims read the file's results and refit the same loss law.
    const recorded = { file: 'merged.run.json', run: back };
    const family = recordedFamily(recorded);
    expect(JSON.stringify(family.lossFit)).toBe(JSON.stringify(ref.artifacts.lossFit));
    const claim = await lossPowerLaw.run({ ...testClaimContext(tf), recorded });
    expect(claim.checkedOn).toBe('run file merged.run.json (tiny, seed 3)');
    expect(claim.measured).toBe(`exponent ${family.lossFit?.exponent.toFixed(4)}, R² ${family.lossFit?.r2.toFixed(3)}`);

    // The second member missing: its rows and result gone, no loss fit, end 'error' naming it.
    done.delete(1);
    const partial = mergeAndReadBack(gopherSweepGrid, QUERY, done, [{ point: 1, label: 'x', message: 'boom', attempts: 2 }]).record;
    expect(partial.end).toBe('error');
    expect(partial.message).toMatch(/1 of 4 points missing: #1 model 2: 117M-like.*boom; 2 attempts/);
    expect(partial.artifacts.lossFit).toBeUndefined();
    expect(partial.artifacts.results).toHaveLength(3);
    expect(partial.rows.some((r) => r.values.model === 1)).toBe(false);
    expect(partial.rows.filter((r) => r.values.evalLoss !== undefined).map((r) => r.values.model)).toEqual([0, 2, 3]);
    expect(() => recordedFamily({ file: 'partial.run.json', run: partial })).toThrow(/partial.run.json holds an unfinished run: Sweep incomplete/);
  });

  it('refuses a result that is not a point result, or one that holds another member', () => {
    expect(() => gopherSweepGrid.merge(QUERY, new Map([[0, { unit: { rows: [], artifacts: {} }, result: {}, text: '', prompt: '', weights: {} }]]))).toThrow(/model result/);
    expect(() => gopherSweepGrid.merge(QUERY, new Map([[0, { unit: { rows: [{ step: 1, values: { loss: 'x' } }], artifacts: {} } }]]))).toThrow(/needs unit/);
    const scores = { knowledge: 0, reading: 0, maths: 0, logic: 0, grammar: 0 };
    const other = { unit: { rows: [], artifacts: {} }, result: { name: '117M-like', N: 1, evalLoss: 1, bpc: 1, scores, exact: scores }, text: '', prompt: '', weights: {} };
    expect(() => gopherSweepGrid.merge(QUERY, new Map([[0, other]]))).toThrow(/point 0 holds model 117M-like, not 44M-like/);
  });
});
