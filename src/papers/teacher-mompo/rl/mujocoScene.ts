/**
 * Builds three.js meshes from a MuJoCo model's geoms (a SceneDescription)
 * and poses them from body poses. One Object3D per body carries its geoms
 * as children at their local poses, so a frame only writes nbody positions
 * and quaternions. MuJoCo is z-up; the root group turns it to three's y-up.
 * Renderer-agnostic glue with no React: `THREE` is passed in (Scene3D loads it).
 */
import type * as ThreeNs from 'three';
import type { BodyPoses } from './env';
import type { GeomDescription, SceneDescription } from './sceneDescription';

type Three = typeof ThreeNs;

export interface MujocoSceneOptions {
  /** Geoms cast shadows and planes receive them (the renderer's shadowMap must be on). */
  shadows?: boolean;
  /** Half-size of a plane whose MuJoCo size is 0 (infinite), metres. */
  infinitePlane?: number;
  /** Colour of a geom, overriding its rgba (e.g. to tint by name). */
  colour?(g: GeomDescription): [number, number, number, number] | null;
}

export interface MujocoScene {
  /** The root (z-up to y-up); add it to a scene, or it is added by `buildMujocoScene`'s caller. */
  root: ThreeNs.Group;
  /** One node per body; index = MuJoCo body id. */
  bodies: ThreeNs.Object3D[];
  setPoses(p: BodyPoses): void;
  /** A point in MuJoCo world coordinates as a three.js vector in the root's parent frame. */
  toScene(x: number, y: number, z: number): ThreeNs.Vector3;
  dispose(): void;
}

/** A three geometry in MuJoCo's local geom frame (capsules and cylinders along z). */
export function geometryFor(T: Three, g: GeomDescription, infinitePlane = 5): ThreeNs.BufferGeometry {
  const [a, b, c] = g.size;
  switch (g.kind) {
    case 'plane':
      return new T.PlaneGeometry(2 * (a || infinitePlane), 2 * (b || infinitePlane));
    case 'sphere':
      return new T.SphereGeometry(a, 24, 16);
    case 'ellipsoid':
      return new T.SphereGeometry(1, 24, 16).scale(a, b, c);
    case 'capsule':
      return new T.CapsuleGeometry(a, 2 * b, 8, 16).rotateX(Math.PI / 2);
    case 'cylinder':
      return new T.CylinderGeometry(a, a, 2 * b, 24).rotateX(Math.PI / 2);
    case 'box':
      return new T.BoxGeometry(2 * a, 2 * b, 2 * c);
  }
}

export function buildMujocoScene(T: Three, desc: SceneDescription, opts: MujocoSceneOptions = {}): MujocoScene {
  const root = new T.Group();
  root.rotation.x = -Math.PI / 2;
  const bodies: ThreeNs.Object3D[] = [];
  for (let i = 0; i < desc.nbody; i++) {
    const node = new T.Object3D();
    node.name = `body${i}`;
    root.add(node);
    bodies.push(node);
  }
  for (const g of desc.geoms) {
    const [r, gr, bl, alpha] = opts.colour?.(g) ?? g.rgba;
    const material = new T.MeshStandardMaterial({
      color: new T.Color(r, gr, bl),
      transparent: alpha < 1,
      opacity: alpha,
      roughness: 0.7,
      metalness: 0.05,
      side: g.kind === 'plane' ? T.DoubleSide : T.FrontSide,
    });
    const mesh = new T.Mesh(geometryFor(T, g, opts.infinitePlane), material);
    mesh.name = g.name;
    mesh.position.set(g.pos[0], g.pos[1], g.pos[2]);
    mesh.quaternion.set(g.quat[1], g.quat[2], g.quat[3], g.quat[0]);
    if (opts.shadows) {
      mesh.castShadow = g.kind !== 'plane';
      mesh.receiveShadow = true;
    }
    bodies[g.body]?.add(mesh);
  }
  return {
    root,
    bodies,
    setPoses({ xpos, xquat }) {
      const n = Math.min(bodies.length, xpos.length / 3, xquat.length / 4);
      for (let i = 0; i < n; i++) {
        bodies[i].position.set(xpos[3 * i], xpos[3 * i + 1], xpos[3 * i + 2]);
        bodies[i].quaternion.set(xquat[4 * i + 1], xquat[4 * i + 2], xquat[4 * i + 3], xquat[4 * i]);
      }
    },
    toScene: (x, y, z) => new T.Vector3(x, z, -y),
    dispose() {
      root.removeFromParent();
      root.traverse((o) => {
        const m = o as ThreeNs.Mesh;
        if (!m.isMesh) return;
        m.geometry.dispose();
        (m.material as ThreeNs.Material).dispose();
      });
    },
  };
}
