import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { buildMujocoScene } from './mujocoScene';
import type { SceneDescription } from './sceneDescription';

const desc: SceneDescription = {
  nbody: 2,
  geoms: [
    { kind: 'plane', size: [1, 1, 0.1], body: 0, pos: [0, 0, 0], quat: [1, 0, 0, 0], rgba: [1, 1, 1, 1], name: 'floor' },
    { kind: 'capsule', size: [0.05, 0.2, 0], body: 1, pos: [0, 0, 0.1], quat: [1, 0, 0, 0], rgba: [0, 0, 1, 0.5], name: 'arm' },
    { kind: 'box', size: [0.1, 0.2, 0.3], body: 1, pos: [0, 0, 0], quat: [1, 0, 0, 0], rgba: [1, 0, 0, 1], name: 'box' },
  ],
};

describe('buildMujocoScene', () => {
  it('builds one node per body with its geoms, z-up turned to y-up, and poses bodies from xpos/xquat', () => {
    const s = buildMujocoScene(THREE, desc);
    expect(s.bodies).toHaveLength(2);
    expect(s.bodies[1].children.map((c) => c.name)).toEqual(['arm', 'box']);
    const arm = s.bodies[1].children[0] as THREE.Mesh;
    expect((arm.material as THREE.MeshStandardMaterial).transparent).toBe(true);
    // Capsule along local z: its bounding box is longest in z (2·0.2 + 2·0.05).
    arm.geometry.computeBoundingBox();
    const size = arm.geometry.boundingBox!.getSize(new THREE.Vector3());
    expect(size.z).toBeCloseTo(0.5, 3);
    expect(size.x).toBeCloseTo(0.1, 3);
    // A quarter turn about MuJoCo's z.
    const h = Math.SQRT1_2;
    s.setPoses({ xpos: Float64Array.of(0, 0, 0, 1, 2, 3), xquat: Float64Array.of(1, 0, 0, 0, h, 0, 0, h) });
    expect(s.bodies[1].position.toArray()).toEqual([1, 2, 3]);
    s.root.updateMatrixWorld(true);
    const world = s.bodies[1].getWorldPosition(new THREE.Vector3());
    expect(world.x).toBeCloseTo(1);
    expect(world.y).toBeCloseTo(3); // MuJoCo z is up
    expect(world.z).toBeCloseTo(-2);
    expect(s.toScene(1, 2, 3).toArray()).toEqual([1, 3, -2]);
    s.dispose();
  });
});
