import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { drive } from '../../core/runner/testing';
import { crystalExperiment } from './experiment';
import type { GridView } from './gridView';
import { crystalSchema, type CrystalParams } from './params';
import { crystalPresets } from './presets';
import { shownCrystal } from './shownCrystal';

const tf = await initNodeBackend('wasm');

/** The run's `view` artifact: the shown crystal, drawn before any training (the index never changes without a tweak). */
async function runView(params: CrystalParams, seed: number): Promise<GridView | undefined> {
  const { recording, status } = await drive(crystalExperiment.run, params, { tf, backend: 'wasm', seed });
  expect(status.state).toBe('done');
  return recording.artifacts.view;
}

describe('shownCrystal', () => {
  const tiny = presetParams(crystalSchema, crystalPresets, 'tiny');
  for (const [name, params] of [['tiny', tiny], ['lattice, third crystal', { ...tiny, representation: 'lattice', show: 2 }]] as const) {
    it(`is the run's shown crystal (${name})`, async () => {
      const mine = shownCrystal(params, 5);
      expect(mine).toEqual(await runView(params, 5));
      expect(mine.atoms.length).toBeGreaterThan(0);
    });
  }
  it('changes with the seed and with the index', () => {
    expect(shownCrystal(tiny, 6).density).not.toEqual(shownCrystal(tiny, 5).density);
    expect(shownCrystal({ ...tiny, show: 1 }, 5).density).not.toEqual(shownCrystal(tiny, 5).density);
  });
});
