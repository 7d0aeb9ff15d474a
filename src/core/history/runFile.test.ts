import { describe, expect, it } from 'vitest';
import { runFromFile, runToFile } from './runFile';
import type { RunRecord } from './runRecord';

const run: RunRecord = {
  id: 'r1', slug: 'gopher', name: 'tiny · today', createdAt: 1_790_000_000_000,
  params: { models: 4, lr: 0.01, lrs: 'constant' }, seed: 7, preset: 'tiny', backend: 'webgpu', adapter: 'google swiftshader',
  durationMs: 1234, end: 'done',
  rows: [{ step: 1, values: { loss: 3.5 } }, { step: 2, values: { loss: 3.25, model: 1 } }],
  artifacts: { curve: new Float32Array([0.5, 1.5]), nested: { xs: [1, 2], bad: Infinity } },
  droppedArtifacts: ['grid'],
};

describe('run files', () => {
  it('round-trips a run, typed arrays and non-finite numbers included', () => {
    const back = runFromFile(runToFile(run), 'gopher');
    expect(back).toEqual(run);
    expect(back.artifacts.curve).toBeInstanceOf(Float32Array);
  });

  it('explains what is wrong with a bad file', () => {
    expect(() => runFromFile('{not json', 'gopher')).toThrow(/not JSON/);
    expect(() => runFromFile('{"format":"other"}', 'gopher')).toThrow(/not a Paper Notebook run file/);
    expect(() => runFromFile('{"format":"paper-notebook-run","version":9,"run":{}}', 'gopher')).toThrow(/version 9/);
    expect(() => runFromFile(runToFile(run), 'chinchilla')).toThrow(/belongs to the 'gopher' panel/);
    const broken = JSON.parse(runToFile(run)) as { run: { rows: unknown[] } };
    broken.run.rows = [{ step: 1, values: { loss: 'x' } }];
    expect(() => runFromFile(JSON.stringify(broken), 'gopher')).toThrow(/row 1: 'loss' is not a number/);
  });

  it('keeps a run\'s live changes, and refuses a list that is not one', () => {
    const tweaked: RunRecord = { ...run, tweaks: [{ after: 1, step: 1, name: 'lr', value: 0.003 }, { after: 2, step: 2, name: 'lrs', value: 'cosine' }] };
    expect(runFromFile(runToFile(tweaked), 'gopher').tweaks).toEqual(tweaked.tweaks);
    const broken = JSON.parse(runToFile(tweaked)) as { run: { tweaks: unknown } };
    for (const bad of ['lr', [{ after: 'x', step: 1, name: 'lr', value: 1 }], [{ after: 1, step: 1, name: 'lr', value: null }], [null]]) {
      broken.run.tweaks = bad;
      expect(() => runFromFile(JSON.stringify(broken), 'gopher')).toThrow(/"tweaks" is not a list of live changes/);
    }
  });

  it('keeps where a run moved to another backend, and refuses a list that is not one', () => {
    const moved: RunRecord = { ...run, backendChanges: [{ afterRows: 12, step: 10, from: 'webgpu', to: 'wasm', reason: 'The GPU device was lost (destroyed).' }] };
    expect(runFromFile(runToFile(moved), 'gopher').backendChanges).toEqual(moved.backendChanges);
    const broken = JSON.parse(runToFile(moved)) as { run: { backendChanges: unknown } };
    for (const bad of ['wasm', [{ afterRows: 1.5, step: 1, from: null, to: 'wasm', reason: '' }], [{ afterRows: 1, step: 1, from: 'webgpu', to: 3, reason: '' }], [null]]) {
      broken.run.backendChanges = bad;
      expect(() => runFromFile(JSON.stringify(broken), 'gopher')).toThrow(/"backendChanges" is not a list of backend changes/);
    }
  });
});
