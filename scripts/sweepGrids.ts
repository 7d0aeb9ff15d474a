/**
 * The papers whose experiment declares a sweep grid (src/core/sweep/grid.ts),
 * for `npm run sweep` and `npm run sweep-worker`. Each loads on demand.
 */
import { SweepError, type BoundSweep } from '../src/core/sweep/grid';

export const SWEEP_GRIDS: Readonly<Record<string, () => Promise<BoundSweep>>> = {
  chinchilla: () => import('../src/papers/chinchilla/sweepGrid').then((m) => m.chinchillaSweepGrid),
  gopher: () => import('../src/papers/gopher/sweepGrid').then((m) => m.gopherSweepGrid),
  'teacher-mompo': () => import('../src/papers/teacher-mompo/sweepGrid').then((m) => m.teacherSweepGrid),
  'routed-scaling': () => import('../src/papers/routed-scaling/sweepGrid').then((m) => m.routedSweepGrid),
  algebranets: () => import('../src/papers/algebranets/sweepGrid').then((m) => m.algebraSweepGrid),
};

export async function loadGrid(slug: string): Promise<BoundSweep> {
  const load = Object.hasOwn(SWEEP_GRIDS, slug) ? SWEEP_GRIDS[slug] : undefined;
  if (!load) throw new SweepError(`'${slug}' declares no sweep grid. Papers with one: ${Object.keys(SWEEP_GRIDS).join(', ')}`);
  return load();
}
