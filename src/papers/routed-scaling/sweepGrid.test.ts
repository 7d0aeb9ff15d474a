import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { testClaimContext } from '../../core/claimsTesting';
import { presetParams } from '../../core/params/presets';
import { expectFileMatchesOneProcess, mergeAndReadBack, runAllPointsFresh, runPointFresh, withoutFields } from '../../core/sweep/gridTesting';
import { moreExpertsHelp, recordedSweep } from './claims';
import { routedSchema } from './params';
import { routedPresets } from './presets';
import { routedSweepGrid } from './sweepGrid';

const tf = await initNodeBackend('wasm');
// Two seeds of one size, dense then S-BASE and Hash at E = 2: the routing overhead reads each seed's own dense model.
const QUERY = routedSweepGrid.canonical('preset=tiny&seed=3&sizes=1&reps=2&hs=1');
const PARAMS = { ...presetParams(routedSchema, routedPresets, 'tiny'), sizes: 1, replicas: 2, hash: true };
/** Each model's throughput in the results: it differs between any two runs. */
const TIMED_FIELDS = ['tokensPerSec'];

describe('the routed sweep as a grid', () => {
  it('has one point per planned model, and its query round-trips through the paper codec', () => {
    expect(QUERY).toBe('sizes=1&hs=1&reps=2&seed=3&preset=tiny');
    expect(routedSweepGrid.settings(QUERY)).toEqual({ params: PARAMS, seed: 3, preset: 'tiny' });
    expect(routedSweepGrid.points(QUERY).map((p) => p.label)).toEqual([
      'model 1: d=8, E=1 (dense)', 'model 2: d=8, E=2, sbase', 'model 3: d=8, E=2, hash',
      'model 4: d=8, E=1 (dense)', 'model 5: d=8, E=2, sbase', 'model 6: d=8, E=2, hash',
    ]);
    expect(() => routedSweepGrid.points(routedSweepGrid.canonical('preset=tiny&sb=0'))).toThrow(/Choose at least one router/);
  });

  it('merges points run out of order, each in a fresh process state, into the one-process recording (WASM)', async () => {
    // The experiment itself, start to end in this process (what `npm run sweep -- --workers 0` runs).
    const ref = await routedSweepGrid.runOneProcess(QUERY, tf, 'wasm');
    const done = await runAllPointsFresh(routedSweepGrid, QUERY, tf);
    const back = expectFileMatchesOneProcess(routedSweepGrid, QUERY, done, ref, TIMED_FIELDS);
    expect(back.rows.filter((r) => r.values.routingOverhead !== undefined)).toHaveLength(4 * PARAMS.steps);
    expect(Object.keys(back.artifacts).sort()).toEqual(['fits', 'plan', 'results', 'routing', 'tokenRoutes']);
    expect(back.params).toEqual(PARAMS);
    expect(back.seed).toBe(3);

    // `npm run claims -- routed-scaling --from file`: the claims read the file's results, checked, and say so.
    const recorded = { file: 'merged.run.json', run: back };
    expect(withoutFields(recordedSweep(recorded).results, TIMED_FIELDS)).toEqual(withoutFields(ref.artifacts.results, TIMED_FIELDS));
    const claim = await moreExpertsHelp.run({ ...testClaimContext(tf), recorded });
    expect(claim.checkedOn).toBe('run file merged.run.json (tiny, seed 3)');
    expect(claim.detail).toMatch(/Sweep of 6 models, 4 steps each/);

    // Model 5 (seed 2's S-BASE) missing: the others' rows and results, no law fit, and the message names the point.
    done.delete(4);
    const partial = mergeAndReadBack(routedSweepGrid, QUERY, done, [{ point: 4, label: 'model 5', message: 'boom', attempts: 2 }]).record;
    expect(partial.end).toBe('error');
    expect(partial.message).toMatch(/1 of 6 points missing: #4 model 5: d=8, E=2, sbase \(boom; 2 attempts\)/);
    expect(partial.artifacts.fits).toBeUndefined();
    expect(partial.artifacts.results).toHaveLength(5);
    expect(partial.rows).toHaveLength(5 * (PARAMS.steps + 1));
    expect(() => recordedSweep({ file: 'partial.run.json', run: partial })).toThrow(/partial.run.json holds an unfinished run: Sweep incomplete/);
  });

  it('refuses a result that is not a point result, or a point that holds another model', async () => {
    expect(() => routedSweepGrid.merge(QUERY, new Map([[0, { unit: { rows: [], artifacts: {} }, result: { index: 0 } }]]))).toThrow(/routed model result/);
    expect(() => routedSweepGrid.merge(QUERY, new Map([[0, { unit: { rows: [{ step: 1, values: { loss: 'x' } }], artifacts: {} }, result: {} }]]))).toThrow(/loss is not a finite number/);
    const first = await runPointFresh(routedSweepGrid, QUERY, 0, tf);
    expect(() => routedSweepGrid.merge(QUERY, new Map([[1, first.result]]))).toThrow(/point 1 holds model 1 \(E=1, dense\), not the planned one/);
  });
});
