/**
 * Batched inference on held-out crystals: VAE reconstructions (from μ),
 * latent codes, decoding of arbitrary codes, and segmentation + peak finding.
 * Reads go through `await t.data()`, never a synchronous read-back.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Atom } from './crystal';
import { densityBatch } from './dataset';
import type { GridSpec, Sample } from './density';
import { findAtoms } from './peaks';
import type { SegUNet } from './unet';
import type { CrystalVae } from './vae';

const shape5 = (b: number, n: number): [number, number, number, number, number] => [b, n, n, n, 1];

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Posterior means μ of each sample, one row each. */
export async function encodeAll(vae: CrystalVae, samples: readonly Sample[], grid: GridSpec, batch: number): Promise<Float32Array[]> {
  const rows: Float32Array[] = [];
  const L = vae.config.latent;
  for (const c of chunks(samples, batch)) {
    const mu = tf.tidy(() => vae.encode(tf.tensor(densityBatch(c), shape5(c.length, grid.n)) as tf.Tensor5D).mu);
    const d = (await mu.data()) as Float32Array;
    mu.dispose();
    for (let b = 0; b < c.length; b++) rows.push(d.slice(b * L, (b + 1) * L));
  }
  return rows;
}

/** Decoded grids of latent codes, one flat array each. */
export async function decodeAll(vae: CrystalVae, codes: readonly ArrayLike<number>[], grid: GridSpec, batch: number): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  const v = grid.n ** 3, L = vae.config.latent;
  for (const c of chunks(codes, batch)) {
    const z = new Float32Array(c.length * L);
    c.forEach((r, b) => z.set(Array.from(r), b * L));
    const x = tf.tidy(() => vae.decode(tf.tensor2d(z, [c.length, L])));
    const d = (await x.data()) as Float32Array;
    x.dispose();
    for (let b = 0; b < c.length; b++) out.push(d.slice(b * v, (b + 1) * v));
  }
  return out;
}

/** Per-voxel mean squared error of the VAE's reconstructions (from μ) and of the training-set mean density. */
export async function reconErrors(vae: CrystalVae, train: readonly Sample[], test: readonly Sample[], grid: GridSpec, batch: number): Promise<{ vae: number; mean: number }> {
  const v = grid.n ** 3;
  const meanGrid = new Float64Array(v);
  for (const s of train) for (let i = 0; i < v; i++) meanGrid[i] += s.density[i] / train.length;
  const recon = await decodeAll(vae, await encodeAll(vae, test, grid, batch), grid, batch);
  let eV = 0, eM = 0;
  test.forEach((s, b) => {
    for (let i = 0; i < v; i++) {
      eV += (recon[b][i] - s.density[i]) ** 2;
      eM += (meanGrid[i] - s.density[i]) ** 2;
    }
  });
  const count = test.length * v;
  return { vae: eV / count, mean: eM / count };
}

export interface Segmented {
  labels: Int32Array;
  atoms: Atom[];
}

/** U-Net labels of each density, and the atoms peak finding extracts from them. */
export async function segmentAll(unet: SegUNet, densities: readonly Float32Array[], grid: GridSpec, batch: number, minPeak: number): Promise<Segmented[]> {
  const out: Segmented[] = [];
  const v = grid.n ** 3;
  for (const c of chunks(densities, batch)) {
    const flat = new Float32Array(c.length * v);
    c.forEach((d, b) => flat.set(d, b * v));
    const x = tf.tensor(flat, shape5(c.length, grid.n)) as tf.Tensor5D;
    const labels = await unet.segment(x);
    x.dispose();
    c.forEach((d, b) => {
      const l = labels.slice(b * v, (b + 1) * v);
      out.push({ labels: l, atoms: findAtoms(d, l, grid, minPeak) });
    });
  }
  return out;
}
