/**
 * A three.js canvas with orbit controls. three loads with the first scene.
 * `build` mounts content into the scene and returns what to call per frame
 * and on dispose; a simulation writes snapshots that `frame` reads.
 * With `onDemand`, the canvas is drawn only when the camera moves, the size
 * changes or `frame` returns true (views that change rarely leave the CPU to
 * training, which matters on software renderers).
 */
import { useEffect, useRef, useState } from 'react';
import type * as THREE from 'three';
import { disposeTree } from './disposeTree';

export interface SceneContext {
  THREE: typeof THREE;
  scene: THREE.Scene;
  camera: THREE.PerspectiveCamera;
  renderer: THREE.WebGLRenderer;
  /** The point the orbit controls circle (move it, and the camera with it, to follow something). */
  controlsTarget: THREE.Vector3;
}

export interface SceneContent {
  /** Called every animation frame; returning true asks an `onDemand` scene to draw this frame. */
  frame?(timeMs: number): void | boolean;
  dispose(): void;
}

export interface Scene3DProps {
  name: string;
  build(ctx: SceneContext): SceneContent;
  height?: number;
  /** Draw only on change (camera, size, or `frame` returning true) instead of every frame. */
  onDemand?: boolean;
}

export function Scene3D({ name, build, height = 360, onDemand = false }: Scene3DProps) {
  const host = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let teardown = () => {};
    (async () => {
      const [T, { OrbitControls }] = await Promise.all([import('three'), import('three/examples/jsm/controls/OrbitControls.js')]);
      const node = host.current;
      if (cancelled || !node) return;
      const renderer = new T.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
      renderer.setPixelRatio(Math.min(2, globalThis.devicePixelRatio || 1));
      node.appendChild(renderer.domElement);
      const scene = new T.Scene();
      const camera = new T.PerspectiveCamera(45, 1, 0.01, 1000);
      camera.position.set(2.5, 2, 2.5);
      scene.add(new T.AmbientLight(0xffffff, 0.6));
      const sun = new T.DirectionalLight(0xffffff, 1.2);
      sun.position.set(3, 5, 2);
      scene.add(sun);
      const controls = new OrbitControls(camera, renderer.domElement);
      controls.enableDamping = true;
      const content = build({ THREE: T, scene, camera, renderer, controlsTarget: controls.target });
      let dirty = true;
      const resize = () => {
        dirty = true;
        const w = node.clientWidth || 1;
        renderer.setSize(w, height);
        camera.aspect = w / height;
        camera.updateProjectionMatrix();
      };
      const observer = new ResizeObserver(resize);
      observer.observe(node);
      resize();
      let raf = 0;
      const loop = (t: number) => {
        if (content.frame?.(t) === true) dirty = true;
        if (controls.update()) dirty = true;
        if (!onDemand || dirty) renderer.render(scene, camera);
        dirty = false;
        raf = requestAnimationFrame(loop);
      };
      raf = requestAnimationFrame(loop);
      teardown = () => {
        cancelAnimationFrame(raf);
        observer.disconnect();
        content.dispose();
        controls.dispose();
        disposeTree(scene);
        renderer.dispose();
        renderer.domElement.remove();
      };
    })().catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      teardown();
    };
  }, [build, height, onDemand]);

  return (
    <figure className="scene3d">
      {error ? <p role="alert">3-D view unavailable: {error}</p> : null}
      <div ref={host} data-scene={name} style={{ height }} />
    </figure>
  );
}
