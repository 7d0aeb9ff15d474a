/**
 * three.js content for one crystal view: an isosurface of the density
 * (marching cubes from three's example add-ons) or the segmentation as
 * coloured voxels, atoms as spheres coloured by element, bonds shorter than a
 * cutoff, and the cell's edges; optionally repeated 2x2x2 along the lattice
 * vectors. Pure three, no React: CrystalView mounts it through Scene3D.
 */
import type * as THREE from 'three';
import type { MarchingCubes } from 'three/examples/jsm/objects/MarchingCubes.js';
import type { Atom } from './crystal';
import { ELEMENTS } from './elements';
import type { GridView } from './gridView';
import { add, fracToCart, scale } from './mat3';
import type { Vec3 } from './prototypes';

export interface ViewOptions {
  mode: 'iso' | 'voxels';
  /** Iso level as a fraction of the way from the grid's smallest to its largest value. */
  iso: number;
  repeat: boolean;
  atoms: boolean;
  /** Bonds join atoms closer than this, Å. */
  bondCutoff: number;
  /** Isosurface colour (default blue). */
  color?: number;
}

export type MarchingCubesClass = typeof MarchingCubes;

/** Colour of an interpolation frame: blue at t = 0 to orange at t = 1. */
export function pathColor(t: number): number {
  const a = [0x4f, 0x8f, 0xd8], b = [0xe0, 0x80, 0x40];
  const c = a.map((x, i) => Math.round(x + (b[i] - x) * Math.min(1, Math.max(0, t))));
  return (c[0] << 16) | (c[1] << 8) | c[2];
}

/** Lattice translations the view repeats the cell by. */
export function translations(view: GridView, repeat: boolean): Vec3[] {
  if (!repeat) return [[0, 0, 0]];
  const out: Vec3[] = [];
  for (const i of [0, 1]) for (const j of [0, 1]) for (const k of [0, 1]) out.push(fracToCart(view.lattice, [i, j, k]));
  return out;
}

/** The atoms shown, repeated; and the bonds among them (index pairs) under the cutoff. */
export function atomsAndBonds(view: GridView, repeat: boolean, cutoff: number): { atoms: Atom[]; bonds: [number, number][] } {
  const atoms = translations(view, repeat).flatMap((t) => view.atoms.map((a) => ({ el: a.el, pos: add(a.pos, t) })));
  const bonds: [number, number][] = [];
  for (let i = 0; i < atoms.length; i++)
    for (let j = i + 1; j < atoms.length; j++) {
      const d = Math.hypot(atoms[i].pos[0] - atoms[j].pos[0], atoms[i].pos[1] - atoms[j].pos[1], atoms[i].pos[2] - atoms[j].pos[2]);
      if (d > 0.5 && d < cutoff) bonds.push([i, j]);
    }
  return { atoms, bonds };
}

export function buildCrystalGroup(T: typeof THREE, MC: MarchingCubesClass, view: GridView, o: ViewOptions): THREE.Group {
  const group = new T.Group();
  const { n, box } = view, h = box / n;
  const shifts = translations(view, o.repeat);
  let peak = -Infinity, floor = Infinity;
  for (const v of view.density) {
    peak = Math.max(peak, v);
    floor = Math.min(floor, v);
  }

  if (o.mode === 'iso' && peak > floor) {
    const mat = new T.MeshStandardMaterial({ color: o.color ?? 0x4f8fd8, transparent: true, opacity: o.atoms ? 0.45 : 0.9, roughness: 0.5, side: T.DoubleSide, depthWrite: !o.atoms });
    const mc = new MC(n, mat, false, false, Math.max(20000, n * n * n));
    mc.field.set(view.density);
    mc.isolation = floor + o.iso * (peak - floor);
    mc.update();
    // Grid index i sits at (i + ½)h; the add-on maps index i to (i − n/2)/(n/2) in a unit cube.
    mc.scale.setScalar(box / 2);
    for (const [k, t] of shifts.entries()) {
      const m = k === 0 ? mc : new T.Mesh(mc.geometry, mat);
      m.scale.setScalar(box / 2);
      m.position.set(box / 2 + h / 2 + t[0], box / 2 + h / 2 + t[1], box / 2 + h / 2 + t[2]);
      group.add(m);
    }
  }

  if (o.mode === 'voxels' && view.labels) {
    const idx: number[] = [];
    view.labels.forEach((c, i) => c > 0 && idx.push(i));
    if (idx.length) {
      const mesh = new T.InstancedMesh(new T.BoxGeometry(h * 0.9, h * 0.9, h * 0.9), new T.MeshStandardMaterial({ roughness: 0.7 }), idx.length * shifts.length);
      const m = new T.Matrix4(), c = new T.Color();
      let k = 0;
      for (const t of shifts)
        for (const i of idx) {
          const x = i % n, y = Math.floor(i / n) % n, z = Math.floor(i / (n * n));
          m.makeTranslation((x + 0.5) * h + t[0], (y + 0.5) * h + t[1], (z + 0.5) * h + t[2]);
          mesh.setMatrixAt(k, m);
          mesh.setColorAt(k++, c.setHex(ELEMENTS[view.labels[i] - 1]?.color ?? 0xffffff));
        }
      group.add(mesh);
    }
  }

  if (o.atoms) {
    const { atoms, bonds } = atomsAndBonds(view, o.repeat, o.bondCutoff);
    if (atoms.length) {
      const spheres = new T.InstancedMesh(new T.SphereGeometry(1, 16, 12), new T.MeshStandardMaterial({ roughness: 0.35 }), atoms.length);
      const m = new T.Matrix4(), c = new T.Color();
      atoms.forEach((a, i) => {
        const r = 0.18 + 0.12 * ELEMENTS[a.el].radius;
        m.makeScale(r, r, r).setPosition(a.pos[0], a.pos[1], a.pos[2]);
        spheres.setMatrixAt(i, m);
        spheres.setColorAt(i, c.setHex(ELEMENTS[a.el].color));
      });
      group.add(spheres);
    }
    if (bonds.length) {
      const cyl = new T.InstancedMesh(new T.CylinderGeometry(0.06, 0.06, 1, 8), new T.MeshStandardMaterial({ color: 0xb0b0b0 }), bonds.length);
      const up = new T.Vector3(0, 1, 0), q = new T.Quaternion(), m = new T.Matrix4();
      bonds.forEach(([i, j], k) => {
        const a = new T.Vector3(...atoms[i].pos), b = new T.Vector3(...atoms[j].pos);
        const dir = b.clone().sub(a);
        q.setFromUnitVectors(up, dir.clone().normalize());
        m.compose(a.clone().add(b).multiplyScalar(0.5), q, new T.Vector3(1, dir.length(), 1));
        cyl.setMatrixAt(k, m);
      });
      group.add(cyl);
    }
  }

  // The cell's edges (and the box's, faintly).
  const cellEdges: number[] = [];
  const corner = (f: Vec3) => add(view.origin, fracToCart(view.lattice, f));
  for (const t of shifts)
    for (const [a, b] of CUBE_EDGES) cellEdges.push(...add(corner(a), t), ...add(corner(b), t));
  const lines = new T.BufferGeometry();
  lines.setAttribute('position', new T.Float32BufferAttribute(cellEdges, 3));
  group.add(new T.LineSegments(lines, new T.LineBasicMaterial({ color: 0x888888 })));
  const boxGeom = new T.EdgesGeometry(new T.BoxGeometry(box, box, box));
  const boxLines = new T.LineSegments(boxGeom, new T.LineBasicMaterial({ color: 0x444444, transparent: true, opacity: 0.35 }));
  boxLines.position.set(box / 2, box / 2, box / 2);
  group.add(boxLines);

  // Centre the content on the origin and fit it into a ~2.4-unit cube.
  const centre = add(scale([box, box, box], 0.5), o.repeat ? scale(fracToCart(view.lattice, [1, 1, 1]), 0.5) : [0, 0, 0]);
  const extent = o.repeat ? box + Math.max(...[0, 1, 2].map((k) => Math.abs(fracToCart(view.lattice, [1, 1, 1])[k]))) : box;
  const s = 2.4 / extent;
  group.scale.setScalar(s);
  group.position.set(-centre[0] * s, -centre[1] * s, -centre[2] * s);
  // An outer group turns about the content's centre.
  const outer = new T.Group();
  outer.add(group);
  return outer;
}

const CUBE_EDGES: [Vec3, Vec3][] = [
  [[0, 0, 0], [1, 0, 0]], [[0, 0, 0], [0, 1, 0]], [[0, 0, 0], [0, 0, 1]],
  [[1, 1, 0], [0, 1, 0]], [[1, 1, 0], [1, 0, 0]], [[1, 1, 0], [1, 1, 1]],
  [[1, 0, 1], [0, 0, 1]], [[1, 0, 1], [1, 1, 1]], [[1, 0, 1], [1, 0, 0]],
  [[0, 1, 1], [1, 1, 1]], [[0, 1, 1], [0, 0, 1]], [[0, 1, 1], [0, 1, 0]],
];
