/** The generated data set: crystals, their grids, and batches as flat arrays for tensors. */
import type { Rng } from '../../core/rng';
import { randomCrystal } from './crystal';
import { sampleGrids, type GridSpec, type Sample } from './density';
import { NUM_CLASSES } from './elements';
import type { CrystalParams } from './params';

export interface Dataset {
  grid: GridSpec;
  train: Sample[];
  test: Sample[];
}

export function makeDataset(p: CrystalParams, rng: Rng): Dataset {
  const grid = { n: Number(p.grid), box: p.box };
  const opts = { box: p.box, strain: p.strain, rotate: p.rotate };
  const make = (count: number, r: Rng) => Array.from({ length: count }, () => sampleGrids(randomCrystal(opts, r), grid, p.representation, p.labelRadius));
  return { grid, train: make(p.samples, rng.fork('train')), test: make(p.testSamples, rng.fork('test')) };
}

/** Densities of some samples as one flat array, [B, n, n, n, 1] in row-major order. */
export function densityBatch(samples: readonly Sample[]): Float32Array {
  const v = samples[0]?.density.length ?? 0;
  const out = new Float32Array(samples.length * v);
  samples.forEach((s, b) => out.set(s.density, b * v));
  return out;
}

/** One-hot labels [B, n, n, n, K] and voxel weights [B, n, n, n, 1] (atom voxels weigh fgWeight). */
export function labelBatch(samples: readonly Sample[], fgWeight: number): { onehot: Float32Array; weight: Float32Array } {
  const v = samples[0]?.labels.length ?? 0;
  const onehot = new Float32Array(samples.length * v * NUM_CLASSES);
  const weight = new Float32Array(samples.length * v);
  samples.forEach((s, b) => {
    for (let i = 0; i < v; i++) {
      const c = s.labels[i];
      onehot[(b * v + i) * NUM_CLASSES + c] = 1;
      weight[b * v + i] = c === 0 ? 1 : fgWeight;
    }
  });
  return { onehot, weight };
}
