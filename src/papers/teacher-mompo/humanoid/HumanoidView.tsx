/**
 * The humanoid in three.js: its geoms (rl/mujocoScene) with shadows,
 * the latest evaluation episode played at real time or scrubbed, and beside
 * it (1.5 m to its left) the task's teacher's own episode from the same seed,
 * tinted, on the same clock. Before any agent episode the teacher's own
 * episode plays alone, in its tint. A follow camera keeps the agent's torso
 * (or the pair's midpoint) at the orbit target; dragging still orbits around it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { buildMujocoScene } from '../rl/mujocoScene';
import type { SceneDescription } from '../rl/sceneDescription';
import { Scene3D, type SceneContent, type SceneContext } from '../../../ui/Scene3D';
import { PlaybackControls, useEpisodePlayback } from '../EpisodePlayback';
import type { EpisodeRecord } from '../rollout';

/** MuJoCo y offset (m) of the teacher's body beside the agent. */
export const TEACHER_OFFSET = 1.5;
const TORSO = 1;
/** Half the width (m) the camera keeps in view around one body. */
const BODY_REACH = 0.8;
const TEACHER_TINT: [number, number, number, number] = [0.95, 0.5, 0.12, 1];

interface Shown {
  agent: EpisodeRecord | null;
  teacher: EpisodeRecord | null;
  showTeacher: boolean;
}

/** The pose of frame i (clamped to the episode's last frame). */
function posesAt(ep: EpisodeRecord, i: number) {
  const k = Math.min(i, ep.xpos.length - 1);
  return { xpos: Float64Array.from(ep.xpos[k]), xquat: Float64Array.from(ep.xquat[k]) };
}

export function HumanoidView({ scene, episode, teacherEpisode, teacherName = 'stand', teacherMeanReturn }: {
  scene: SceneDescription | null; episode: EpisodeRecord | null; teacherEpisode: EpisodeRecord | null;
  /** Which teacher's episode is beside the agent. */
  teacherName?: string;
  /** The teacher's mean task return over all the evaluation starts, once a run has measured it (one start can be a hard one). */
  teacherMeanReturn?: number;
}) {
  const play = useRef<Shown>({ agent: null, teacher: null, showTeacher: true });
  const playback = useEpisodePlayback();
  const { frameAt, restart } = playback;
  const [showTeacher, setShowTeacher] = useState(true);
  // With no agent episode yet, the teacher's plays in the agent's place (tinted, alone).
  const main = episode ?? teacherEpisode;
  const alone = episode === null;
  const frames = main ? main.xpos.length : 0;

  useEffect(() => {
    play.current.agent = main;
    play.current.teacher = alone ? null : teacherEpisode;
    restart();
  }, [main, alone, teacherEpisode, restart]);
  useEffect(() => {
    play.current.showTeacher = showTeacher;
  }, [showTeacher]);

  const build = useCallback((ctx: SceneContext): SceneContent => {
    if (!scene) return { dispose() {} };
    const T = ctx.THREE;
    ctx.scene.background = new T.Color(0xdfe7ef);
    ctx.renderer.shadowMap.enabled = true;
    ctx.renderer.shadowMap.type = T.PCFShadowMap;
    const agent = buildMujocoScene(T, scene, { shadows: true, infinitePlane: 20, ...(alone ? { colour: (g) => (g.kind === 'plane' ? null : TEACHER_TINT) } : {}) });
    // The teacher's floor is invisible: the agent's floor receives both shadows.
    const teacher = buildMujocoScene(T, scene, { shadows: true, colour: (g) => (g.kind === 'plane' ? [0, 0, 0, 0] : TEACHER_TINT) });
    teacher.root.position.copy(agent.toScene(0, TEACHER_OFFSET, 0));
    ctx.scene.add(agent.root, teacher.root);
    const light = new T.DirectionalLight(0xffffff, 1.1);
    light.castShadow = true;
    light.shadow.mapSize.set(1024, 1024);
    Object.assign(light.shadow.camera, { left: -3, right: 3, top: 3, bottom: -3, near: 0.1, far: 20 });
    ctx.scene.add(light, light.target);
    ctx.camera.position.set(3.2, 1.8, 1.2);
    ctx.controlsTarget.set(0, 1, -TEACHER_OFFSET / 2);
    ctx.camera.lookAt(ctx.controlsTarget);
    let drawn: { ep: EpisodeRecord | null; frame: number; show: boolean } = { ep: null, frame: -1, show: true };
    /** Aims at (x, y) and backs the camera off, if need be, until a body `reach` m either side of the aim fits the view's width. */
    const follow = (x: number, y: number, reach = BODY_REACH) => {
      const aim = agent.toScene(x, y, 1);
      const delta = aim.clone().sub(ctx.controlsTarget);
      ctx.controlsTarget.copy(aim);
      ctx.camera.position.add(delta);
      const away = ctx.camera.position.clone().sub(aim);
      const halfWidth = Math.tan((ctx.camera.fov * Math.PI) / 360) * ctx.camera.aspect; // per m of distance
      const needed = reach / halfWidth + reach / 2; // the second term: a body toward the camera looks larger
      if (away.length() < needed) ctx.camera.position.copy(aim).add(away.setLength(needed));
      light.position.copy(aim).add(new T.Vector3(2, 6, 3));
      light.target.position.copy(aim);
    };
    return {
      frame(timeMs) {
        const p = play.current;
        const ep = p.agent;
        if (!ep || !ep.xpos.length) return false;
        const i = frameAt(timeMs, ep.xpos.length, ep.dt);
        if (drawn.ep === ep && drawn.frame === i && drawn.show === p.showTeacher) return false;
        drawn = { ep, frame: i, show: p.showTeacher };
        const pose = posesAt(ep, i);
        agent.setPoses(pose);
        const withTeacher = p.showTeacher && p.teacher !== null && p.teacher.xpos.length > 0;
        teacher.root.visible = withTeacher;
        const x = pose.xpos[3 * TORSO];
        const y = pose.xpos[3 * TORSO + 1];
        if (withTeacher && p.teacher) {
          const tp = posesAt(p.teacher, i);
          teacher.setPoses(tp);
          const tx = tp.xpos[3 * TORSO];
          const ty = tp.xpos[3 * TORSO + 1] + TEACHER_OFFSET;
          follow((x + tx) / 2, (y + ty) / 2, Math.hypot(tx - x, ty - y) / 2 + BODY_REACH);
        } else follow(x, y);
        return true;
      },
      dispose() {
        agent.dispose();
        teacher.dispose();
        light.removeFromParent();
        light.target.removeFromParent();
        light.dispose();
      },
    };
  }, [scene, frameAt, alone]);
  const head = (ep: EpisodeRecord) => {
    const z = ep.xpos.map((f) => f[3 * TORSO + 2]);
    return z.reduce((a, b) => a + b, 0) / Math.max(1, z.length);
  };

  return (
    <div className="arena-view">
      {scene ? <Scene3D name="teacher-humanoid" build={build} height={400} onDemand /> : <p className="hint arena-wait">Building the MuJoCo humanoid …</p>}
      <PlaybackControls name="humanoid" frames={frames} playback={playback} label="Scrub through the humanoid episode">
        {alone ? null : (
          <label>
            <input type="checkbox" checked={showTeacher} onChange={(e) => setShowTeacher(e.target.checked)} data-testid="humanoid-show-teacher" /> {teacherName} teacher beside it
          </label>
        )}
      </PlaybackControls>
      <p className="hint" data-testid="humanoid-episode">
        {episode
          ? `Agent after ${episode.envSteps} env steps: task return ${episode.taskReturn.toFixed(1)}, mean torso height ${head(episode).toFixed(2)} m`
          : `No agent yet: the ${teacherName} teacher's own episode (orange) from the first evaluation start, no learning`}
        {teacherEpisode ? `${episode ? `; ${teacherName} teacher (orange, same start)` : ''}: task return ${teacherEpisode.taskReturn.toFixed(1)}, mean torso height ${head(teacherEpisode).toFixed(2)} m` : ''}
        {teacherEpisode && teacherMeanReturn !== undefined ? ` (its mean over all evaluation starts: task return ${teacherMeanReturn.toFixed(1)})` : ''}.
      </p>
    </div>
  );
}
