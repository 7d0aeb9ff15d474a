/**
 * One crystal in three.js through the shared Scene3D kit. The latest view and
 * options go into a snapshot ref; the render loop rebuilds the scene content
 * when the snapshot's version changes. Without a view there is no canvas,
 * only a box that says why (never a blank scene). The canvas draws on demand; with
 * `spin` it turns the crystal every frame and measures frames per second.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as THREE from 'three';
import { disposeTree } from '../../ui/disposeTree';
import { Scene3D, type SceneContext } from '../../ui/Scene3D';
import { buildCrystalGroup, type MarchingCubesClass, type ViewOptions } from './crystalScene';
import type { GridView } from './gridView';

export interface CrystalViewProps {
  name: string;
  view: GridView | null;
  options: ViewOptions;
  caption?: string;
  /** Said in place of the canvas while there is no view: why, and when one comes. */
  empty?: string;
  height?: number;
  spin?: boolean;
}

export function CrystalView({ name, view, options, caption, empty = 'This view appears during a run.', height = 320, spin = false }: CrystalViewProps) {
  const [MC, setMC] = useState<MarchingCubesClass | null>(null);
  const snap = useRef({ view, options, spin, version: 0 });
  const fpsEl = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    let alive = true;
    void import('three/examples/jsm/objects/MarchingCubes.js').then((m) => alive && setMC(() => m.MarchingCubes));
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    snap.current = { view, options, spin, version: snap.current.version + 1 };
  }, [view, options, spin]);

  const build = useCallback(
    ({ THREE: T, scene }: SceneContext) => {
      let built = -1;
      let group: THREE.Group | null = null;
      let frames = 0, since = 0;
      const clear = () => {
        if (group) {
          scene.remove(group);
          disposeTree(group);
          group = null;
        }
      };
      return {
        frame(t: number) {
          const s = snap.current;
          let changed = false;
          if (MC && s.version !== built) {
            const turn = group?.rotation.y ?? 0;
            clear();
            if (s.view) {
              group = buildCrystalGroup(T, MC, s.view, s.options);
              group.rotation.y = turn;
              scene.add(group);
            }
            built = s.version;
            changed = true;
          }
          if (!s.spin) {
            frames = 0;
            since = t;
            return changed;
          }
          if (group) group.rotation.y += 0.01;
          frames++;
          if (t - since > 1000) {
            if (fpsEl.current) {
              const fps = (1000 * frames) / (t - since);
              fpsEl.current.textContent = `${fps.toFixed(0)} frames/s`;
              fpsEl.current.dataset.fps = fps.toFixed(1);
            }
            frames = 0;
            since = t;
          }
          return true;
        },
        dispose: clear,
      };
    },
    [MC],
  );

  return (
    <div className="crystal-view">
      {!view ? (
        <div className="crystal-empty" style={{ height }} data-empty-scene={name}>{empty}</div>
      ) : MC ? (
        <Scene3D name={name} build={build} height={height} onDemand />
      ) : (
        <p className="hint">Loading the 3-D view…</p>
      )}
      {view ? (
        <p className="hint">
          {caption ?? view.label} <span ref={fpsEl} data-testid={`${name}-fps`} />
        </p>
      ) : null}
    </div>
  );
}
