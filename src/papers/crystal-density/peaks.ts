/**
 * Atoms from a density and a (segmented) label grid: every voxel whose
 * density is a strict local maximum over its 26 neighbours and above
 * `minDensity`, and whose 3x3x3 neighbourhood the segmentation marks as an
 * atom somewhere, becomes an atom (a peak that falls between voxels may leave
 * its own voxel just outside the labelled blob); its element is the commonest
 * foreground label in that neighbourhood (the peak voxel counts twice), and
 * its position is refined per axis by a parabola through log ρ (exact for a
 * lone Gaussian).
 */
import type { Atom } from './crystal';
import { voxelIndex, type GridSpec } from './density';
import type { Vec3 } from './prototypes';
import { NUM_CLASSES } from './elements';

export function findAtoms(density: ArrayLike<number>, labels: ArrayLike<number>, grid: GridSpec, minDensity: number): Atom[] {
  const { n, box } = grid, h = box / n;
  const at = (x: number, y: number, z: number) => (x < 0 || y < 0 || z < 0 || x >= n || y >= n || z >= n ? -Infinity : density[voxelIndex(n, x, y, z)]);
  const out: Atom[] = [];
  const votes = new Int32Array(NUM_CLASSES);
  for (let z = 0; z < n; z++)
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) {
        const i = voxelIndex(n, x, y, z);
        const v = density[i];
        if (!(v > minDensity)) continue;
        let peak = true;
        votes.fill(0);
        for (let dz = -1; dz <= 1 && peak; dz++)
          for (let dy = -1; dy <= 1 && peak; dy++)
            for (let dx = -1; dx <= 1; dx++) {
              if (dx === 0 && dy === 0 && dz === 0) continue;
              const w = at(x + dx, y + dy, z + dz);
              // Ties go to the voxel with the lower index, so a plateau yields one atom.
              const j = voxelIndex(n, x + dx, y + dy, z + dz);
              if (w > v || (w === v && j < i)) {
                peak = false;
                break;
              }
              if (w !== -Infinity) votes[labels[j]]++;
            }
        if (!peak) continue;
        votes[labels[i]] += 2;
        let el = 1;
        for (let c = 2; c < NUM_CLASSES; c++) if (votes[c] > votes[el]) el = c;
        if (votes[el] === 0) continue; // no atom label anywhere near this peak
        const refine = (m: number, c: number, p: number) => {
          if (!(m > 0 && p > 0 && c > 0)) return 0;
          const lm = Math.log(m), lc = Math.log(c), lp = Math.log(p);
          const den = lm - 2 * lc + lp;
          return den < 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (lm - lp)) / den)) : 0;
        };
        const pos: Vec3 = [
          (x + 0.5 + refine(at(x - 1, y, z), v, at(x + 1, y, z))) * h,
          (y + 0.5 + refine(at(x, y - 1, z), v, at(x, y + 1, z))) * h,
          (z + 0.5 + refine(at(x, y, z - 1), v, at(x, y, z + 1))) * h,
        ];
        out.push({ el: el - 1, pos });
      }
  return out;
}

/** Whether two atom lists have the same count and the same multiset of elements. */
export function sameComposition(a: readonly Atom[], b: readonly Atom[]): boolean {
  if (a.length !== b.length) return false;
  const key = (xs: readonly Atom[]) => xs.map((t) => t.el).sort((p, q) => p - q).join(',');
  return key(a) === key(b);
}
