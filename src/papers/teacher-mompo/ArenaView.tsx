/**
 * The rollout in three.js: the arena built from the MuJoCo model's geoms
 * (rl/mujocoScene), the latest recorded episode played at real time or
 * scrubbed by hand, and the agent's and each active teacher's action as
 * arrows at the ball. The experiment writes episodes; the render loop reads
 * the newest one from a ref, so a new episode never rebuilds the scene.
 */
import { useCallback, useEffect, useRef } from 'react';
import type * as THREE from 'three';
import { buildMujocoScene } from './rl/mujocoScene';
import type { SceneDescription } from './rl/sceneDescription';
import { Scene3D, type SceneContext, type SceneContent } from '../../ui/Scene3D';
import { PlaybackControls, useEpisodePlayback } from './EpisodePlayback';
import { hex, OBJECTIVE_COLOURS } from './plots/colours';
import type { EpisodeRecord } from './rollout';

const ARROW_SCALE = 0.25; // metres per unit of action

/** The arena with one episode; `caption` says whose episode it is (test id `arena-episode`). */
export function ArenaView({ scene, episode, caption }: { scene: SceneDescription | null; episode: EpisodeRecord | null; caption: string }) {
  const latest = useRef<EpisodeRecord | null>(null);
  const playback = useEpisodePlayback();
  const { frameAt, restart } = playback;
  const frames = episode ? episode.xpos.length : 0;

  useEffect(() => {
    latest.current = episode;
    restart();
  }, [episode, restart]);

  const build = useCallback((ctx: SceneContext): SceneContent => {
    if (!scene) return { dispose() {} };
    const T = ctx.THREE;
    ctx.scene.background = new T.Color(0xdfe7ef);
    const mj = buildMujocoScene(T, scene);
    ctx.scene.add(mj.root);
    ctx.camera.position.set(0, 2.4, 1.7);
    ctx.camera.lookAt(0, 0, 0);
    const arrows = new Map<string, THREE.ArrowHelper>();
    const arrow = (name: string) => {
      let a = arrows.get(name);
      if (!a) {
        a = new T.ArrowHelper(new T.Vector3(1, 0, 0), new T.Vector3(), 0.1, OBJECTIVE_COLOURS[name] ?? 0x333333, 0.05, 0.03);
        ctx.scene.add(a);
        arrows.set(name, a);
      }
      return a;
    };
    const setArrow = (name: string, at: THREE.Vector3, action: number[] | null | undefined, lift: number) => {
      const a = arrow(name);
      const len = action ? Math.hypot(action[0], action[1]) : 0;
      a.visible = len > 1e-3;
      if (!a.visible || !action) return;
      a.position.copy(at).add(new T.Vector3(0, lift, 0));
      a.setDirection(mj.toScene(action[0] / len, action[1] / len, 0));
      a.setLength(len * ARROW_SCALE, 0.05, 0.03);
    };
    let drawn: { ep: EpisodeRecord | null; frame: number } = { ep: null, frame: -1 };
    return {
      frame(timeMs) {
        const ep = latest.current;
        if (!ep || !ep.xpos.length) return false;
        const i = frameAt(timeMs, ep.xpos.length, ep.dt);
        if (drawn.ep === ep && drawn.frame === i) return false;
        drawn = { ep, frame: i };
        mj.setPoses({ xpos: Float64Array.from(ep.xpos[i]), xquat: Float64Array.from(ep.xquat[i]) });
        const ball = mj.toScene(ep.xpos[i][3], ep.xpos[i][4], ep.xpos[i][5]);
        setArrow('agent', ball, ep.agent[i], 0.08);
        Object.entries(ep.teachers).forEach(([name, acts], k) => setArrow(name, ball, acts[i], 0.1 + 0.02 * k));
        return true;
      },
      dispose() {
        mj.dispose();
        for (const a of arrows.values()) {
          a.removeFromParent();
          a.dispose();
        }
      },
    };
  }, [scene, frameAt]);

  return (
    <div className="arena-view">
      {scene ? <Scene3D name="teacher-arena" build={build} height={360} onDemand /> : <p className="hint arena-wait">Building the MuJoCo arena …</p>}
      <PlaybackControls name="arena" frames={frames} playback={playback} label="Scrub through the episode">
        <span className="hint" data-testid="arena-episode">
          {caption}
        </span>
      </PlaybackControls>
      <p className="hint">
        Arrows: <span style={{ color: hex(OBJECTIVE_COLOURS.agent) }}>action played</span>
        {episode ? Object.keys(episode.teachers).map((n) => (
          <span key={n}>, <span style={{ color: hex(OBJECTIVE_COLOURS[n] ?? 0x333333) }}>{n} teacher</span></span>
        )) : null}
        ; a teacher's arrow shows only where its phase is active.
      </p>
    </div>
  );
}
