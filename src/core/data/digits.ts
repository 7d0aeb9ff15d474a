/**
 * Procedurally drawn digits 0-9 on a 28×28 canvas, a seeded stand-in for
 * MNIST (AlgebraNets' image task, RIMs' sequential digits). Each digit is a few pen strokes
 * in a unit box; a sample jitters the stroke points, applies a random affine
 * map (rotation, scale, shear, shift), draws the strokes with an anti-aliased
 * pen of random width, and adds pixel noise. Everything comes from the Rng.
 */
import type { Rng } from '../rng';

export const IMAGE_SIZE = 28;
export const CLASSES = 10;

type Pt = [number, number];

const loop = (pts: Pt[]): Pt[] => [...pts, pts[0]];
const ellipse = (cx: number, cy: number, rx: number, ry: number, n = 10): Pt[] =>
  loop(Array.from({ length: n }, (_, i): Pt => [cx + rx * Math.sin((2 * Math.PI * i) / n), cy - ry * Math.cos((2 * Math.PI * i) / n)]));

/** Pen strokes per digit, unit box, y down. */
export const DIGIT_STROKES: readonly (readonly Pt[][])[] = [
  [ellipse(0.5, 0.5, 0.3, 0.42)],
  [[[0.35, 0.25], [0.55, 0.08], [0.55, 0.92]]],
  [[[0.22, 0.3], [0.35, 0.12], [0.6, 0.08], [0.78, 0.25], [0.7, 0.45], [0.2, 0.9], [0.82, 0.9]]],
  [[[0.2, 0.12], [0.78, 0.12], [0.45, 0.45], [0.75, 0.6], [0.7, 0.85], [0.45, 0.93], [0.2, 0.85]]],
  [[[0.65, 0.92], [0.65, 0.08], [0.15, 0.65], [0.85, 0.65]]],
  [[[0.8, 0.1], [0.28, 0.1], [0.22, 0.45], [0.6, 0.42], [0.8, 0.62], [0.65, 0.9], [0.2, 0.85]]],
  [[[0.72, 0.1], [0.35, 0.35], [0.22, 0.68], [0.4, 0.92], [0.7, 0.85], [0.76, 0.62], [0.5, 0.5], [0.25, 0.62]]],
  [[[0.15, 0.1], [0.85, 0.1], [0.4, 0.92]]],
  [ellipse(0.5, 0.28, 0.22, 0.2, 8), ellipse(0.5, 0.7, 0.28, 0.22, 8)],
  [[[0.75, 0.35], [0.5, 0.5], [0.25, 0.35], [0.35, 0.1], [0.65, 0.1], [0.75, 0.35], [0.68, 0.92]]],
];

export interface DigitStyle {
  /** Pixel noise standard deviation (ink is 1). */
  noise: number;
  /** Scales the random jitter and affine distortion; 0 draws the templates. */
  distortion: number;
}

/** Distance from p to segment ab. */
function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax, vy = by - ay;
  const len2 = vx * vx + vy * vy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2)) : 0;
  const dx = px - ax - t * vx, dy = py - ay - t * vy;
  return Math.sqrt(dx * dx + dy * dy);
}

/** Draws digit `label` into out[offset .. offset + 784), values about [0, 1]. */
export function drawDigit(label: number, style: DigitStyle, rng: Rng, out: Float32Array, offset = 0): void {
  const s = style.distortion;
  const angle = rng.normal(0, 0.18 * s), shear = rng.normal(0, 0.15 * s);
  const sx = 18 * (1 + rng.normal(0, 0.1 * s)), sy = 20 * (1 + rng.normal(0, 0.08 * s));
  const tx = 14 + rng.normal(0, 1.2 * s), ty = 14 + rng.normal(0, 1.2 * s);
  const cos = Math.cos(angle), sin = Math.sin(angle);
  const pen = 0.9 + rng.uniform(0, 0.9) * Math.min(1, s + 0.3);
  const strokes = DIGIT_STROKES[label].map((stroke) =>
    stroke.map(([u, v]): Pt => {
      const x = (u - 0.5 + rng.normal(0, 0.03 * s) + shear * (v - 0.5)) * sx;
      const y = (v - 0.5 + rng.normal(0, 0.03 * s)) * sy;
      return [tx + cos * x - sin * y, ty + sin * x + cos * y];
    }),
  );
  for (let py = 0; py < IMAGE_SIZE; py++)
    for (let px = 0; px < IMAGE_SIZE; px++) {
      let d = Infinity;
      for (const st of strokes) for (let i = 1; i < st.length; i++) d = Math.min(d, segDist(px + 0.5, py + 0.5, st[i - 1][0], st[i - 1][1], st[i][0], st[i][1]));
      const ink = Math.max(0, Math.min(1, pen + 0.5 - d));
      out[offset + py * IMAGE_SIZE + px] = ink + (style.noise > 0 ? rng.normal(0, style.noise) : 0);
    }
}

export interface DigitBatch {
  images: Float32Array; // [N, 28, 28]
  labels: Int32Array; // [N]
  size: number;
}

/** N digits with uniform labels. */
export function digitBatch(size: number, style: DigitStyle, rng: Rng): DigitBatch {
  const images = new Float32Array(size * IMAGE_SIZE * IMAGE_SIZE);
  const labels = new Int32Array(size);
  for (let n = 0; n < size; n++) {
    labels[n] = rng.int(CLASSES);
    drawDigit(labels[n], style, rng, images, n * IMAGE_SIZE * IMAGE_SIZE);
  }
  return { images, labels, size };
}
