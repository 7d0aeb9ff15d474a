/**
 * The held-out crystal the 3-D views show (param `show`), made at once from
 * the params and the seed without any training: the same crystal, density,
 * atoms and labels as the run's `view` artifact (the experiment's data fork,
 * then its test fork; only the shown cell's grids are computed). A few
 * milliseconds on a 16³ grid.
 */
import { Rng } from '../../core/rng';
import { randomCrystal, type Crystal } from './crystal';
import { sampleGrids } from './density';
import { toView, type GridView } from './gridView';
import type { CrystalParams } from './params';
import { PROTOTYPES } from './prototypes';

/** The view's label: formula and prototype, as the run names it. */
export const crystalLabel = (c: Crystal): string => `${c.formula} (${PROTOTYPES[c.proto].name})`;

export function shownCrystal(p: CrystalParams, seed: number): GridView {
  const rng = new Rng(seed).fork('data').fork('test');
  const opts = { box: p.box, strain: p.strain, rotate: p.rotate };
  const index = Math.min(p.show, p.testSamples - 1);
  let crystal = randomCrystal(opts, rng);
  for (let i = 0; i < index; i++) crystal = randomCrystal(opts, rng);
  const grid = { n: Number(p.grid), box: p.box };
  const sample = sampleGrids(crystal, grid, p.representation, p.labelRadius);
  return toView(sample, grid, crystalLabel(crystal), undefined, undefined, sample.labels);
}
