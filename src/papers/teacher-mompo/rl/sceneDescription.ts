/**
 * What the three.js view needs from a MuJoCo model, as plain data that can
 * cross from the runner's worker to the page: every geom's type, size,
 * parent body, local pose and colour. Read once after loading the model;
 * the render loop then poses the meshes from `BodyPoses` each frame.
 */
import type { MjModel } from '@mujoco/mujoco';

/** MuJoCo's mjtGeom codes for the primitives the view draws; others are skipped. */
export const GEOM = { plane: 0, sphere: 2, capsule: 3, ellipsoid: 4, cylinder: 5, box: 6 } as const;

export type GeomKind = keyof typeof GEOM;

export interface GeomDescription {
  kind: GeomKind;
  /** MuJoCo's geom_size: sphere [r], capsule/cylinder [r, half-length], box [half x, y, z], plane [half x, half y, grid]. */
  size: [number, number, number];
  /** Index of the body the geom is attached to (0 is the world). */
  body: number;
  /** Position in the body frame, metres. */
  pos: [number, number, number];
  /** Orientation in the body frame, (w, x, y, z). */
  quat: [number, number, number, number];
  /** Colour and opacity, 0..1. */
  rgba: [number, number, number, number];
  /** Geom name, '' when unnamed. */
  name: string;
}

export interface SceneDescription {
  nbody: number;
  geoms: GeomDescription[];
}

const KIND_OF = new Map<number, GeomKind>(Object.entries(GEOM).map(([k, v]) => [v, k as GeomKind]));

/** The columns of MjModel this reads; a plain object of the same shape works in tests. */
export type GeomColumns = Pick<MjModel, 'ngeom' | 'nbody' | 'geom_type' | 'geom_size' | 'geom_bodyid' | 'geom_pos' | 'geom_quat' | 'geom_rgba'>;

/** Reads the drawable geoms of a model; `names[i]` is geom i's name when known. */
export function describeScene(model: GeomColumns, names: readonly string[] = []): SceneDescription {
  const t = model.geom_type as ArrayLike<number>;
  const size = model.geom_size as ArrayLike<number>;
  const body = model.geom_bodyid as ArrayLike<number>;
  const pos = model.geom_pos as ArrayLike<number>;
  const quat = model.geom_quat as ArrayLike<number>;
  const rgba = model.geom_rgba as ArrayLike<number>;
  const geoms: GeomDescription[] = [];
  for (let i = 0; i < model.ngeom; i++) {
    const kind = KIND_OF.get(t[i]);
    if (!kind) continue;
    geoms.push({
      kind,
      size: [size[3 * i], size[3 * i + 1], size[3 * i + 2]],
      body: body[i],
      pos: [pos[3 * i], pos[3 * i + 1], pos[3 * i + 2]],
      quat: [quat[4 * i], quat[4 * i + 1], quat[4 * i + 2], quat[4 * i + 3]],
      rgba: [rgba[4 * i], rgba[4 * i + 1], rgba[4 * i + 2], rgba[4 * i + 3]],
      name: names[i] ?? '',
    });
  }
  return { nbody: model.nbody, geoms };
}
