import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { driveExperiment } from '../../core/runner/driveExperiment';
import { RunControl } from '../../core/runner/RunControl';
import { crystalExperiment } from './experiment';
import type { GridView } from './gridView';
import { crystalSchema } from './params';
import { crystalPresets } from './presets';
import { shownCrystal } from './shownCrystal';

const tf = await initNodeBackend('wasm');

/** The run's `view` artifact: the experiment is stopped as soon as it has sent it. */
async function runView(params: ReturnType<typeof presetParams<typeof crystalSchema>>, seed: number): Promise<GridView> {
  const control = new RunControl();
  let view: GridView | null = null;
  await driveExperiment({
    experiment: crystalExperiment, params, seed, tf, backend: 'wasm', control, flushMs: 0,
    onBatch: (b) => {
      if (b.artifacts.view) {
        view = b.artifacts.view as GridView;
        control.stop();
      }
    },
  });
  if (!view) throw new Error('the run sent no view');
  return view;
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
