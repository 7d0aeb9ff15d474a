/**
 * Sequential digits: procedurally drawn digits (core/data/digits.ts) under a
 * random affine distortion and stroke width, rendered at 28×28, resampled to
 * r×r and read one pixel per step in raster order, the class scored at the
 * last step (Goyal et al. 2019, Sec. 4.2, Table 2: sequential MNIST trained
 * at 14×14 and tested at 16×16, 19×19 and 24×24). A longer test sequence is
 * the same digit at a higher resolution.
 */
import { CLASSES, IMAGE_SIZE, drawDigit as drawDigitInto } from '../../core/data/digits';
import type { Rng } from '../../core/rng';
import type { SeqBatch } from './seqBatch';

export const DIGIT_CLASSES = CLASSES;
export const SOURCE_RES = IMAGE_SIZE;
/** Full distortion, no pixel noise: the sequence model reads clean ink. */
const STYLE = { noise: 0, distortion: 1 };

export interface DigitImage {
  label: number;
  /** Intensities in [0, 1], row-major. */
  pixels: Float32Array; // [28 * 28]
}

/** One digit of class `label` with a random distortion, at SOURCE_RES. */
export function drawDigit(label: number, rng: Rng): DigitImage {
  const pixels = new Float32Array(SOURCE_RES * SOURCE_RES);
  drawDigitInto(label, STYLE, rng, pixels);
  return { label, pixels };
}

/** Bilinear resampling of a square image to res×res, pixel centres aligned. */
export function resample(src: Float32Array, srcRes: number, res: number): Float32Array {
  const out = new Float32Array(res * res);
  const at = (i: number, j: number) => src[Math.min(srcRes - 1, Math.max(0, i)) * srcRes + Math.min(srcRes - 1, Math.max(0, j))];
  for (let i = 0; i < res; i++) {
    for (let j = 0; j < res; j++) {
      const y = ((i + 0.5) * srcRes) / res - 0.5, x = ((j + 0.5) * srcRes) / res - 0.5;
      const i0 = Math.floor(y), j0 = Math.floor(x), fy = y - i0, fx = x - j0;
      out[i * res + j] =
        (1 - fy) * ((1 - fx) * at(i0, j0) + fx * at(i0, j0 + 1)) + fy * ((1 - fx) * at(i0 + 1, j0) + fx * at(i0 + 1, j0 + 1));
    }
  }
  return out;
}

/** `n` digits with balanced classes in random order. */
export function digitPool(n: number, rng: Rng): DigitImage[] {
  return rng.shuffle(Array.from({ length: n }, (_, i) => drawDigit(i % DIGIT_CLASSES, rng)));
}

/** Test resolutions for a training resolution r: the paper's 16, 19, 24 for 14, scaled. */
export function testResolutions(res: number): number[] {
  return [16, 19, 24].map((r) => Math.round((r * res) / 14));
}

/** Digits `images` at resolution `res`, one pixel per step: T = res². */
export function digitsBatch(images: readonly DigitImage[], res: number): SeqBatch {
  const B = images.length, T = res * res;
  const x = new Float32Array(T * B);
  const labels = new Int32Array(B);
  images.forEach((img, b) => {
    const px = resample(img.pixels, SOURCE_RES, res);
    for (let t = 0; t < T; t++) x[t * B + b] = px[t];
    labels[b] = img.label;
  });
  return { T, B, inputSize: 1, x, readAt: [T - 1], labels, values: null, scoreFrom: 0 };
}
