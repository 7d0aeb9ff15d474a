/**
 * The episodes the point-mass arena can replay: the agent's latest
 * evaluation (live or recorded run, when it is of the arena shown), then the
 * teachers' own episodes from the preview (together, then each alone), each
 * with the scene it was played in and a caption.
 */
import type { Composition } from './params';
import type { TeacherPreview } from './preview/teacherPreview';
import type { EpisodeRecord } from './rollout';
import type { TeacherRecording } from './experiment';
import type { SceneDescription } from './rl/sceneDescription';

export interface ArenaEpisode {
  id: string;
  /** Button label. */
  label: string;
  caption: string;
  episode: EpisodeRecord;
  scene: SceneDescription;
}

const outcome = (ep: EpisodeRecord) => `${ep.success ? 'reached the goal' : 'did not reach the goal'}, task return ${ep.taskReturn.toFixed(1)}`;

export function arenaEpisodes(rec: Pick<TeacherRecording, 'artifacts'>, recorded: boolean, preview: TeacherPreview | null, composition: Composition): ArenaEpisode[] {
  const out: ArenaEpisode[] = [];
  const { episode, scene, setup } = rec.artifacts;
  if (episode && scene && setup?.composition === composition) {
    out.push({
      id: 'agent', label: recorded ? 'agent (recorded run)' : 'agent', episode, scene,
      caption: `${recorded ? 'Recorded run: policy' : 'Policy'} after ${episode.envSteps} env steps: ${outcome(episode)}`,
    });
  }
  if (preview?.domain === 'pointMass') {
    for (const p of preview.episodes) {
      out.push({
        id: p.name, label: p.name === 'together' ? 'teachers together' : `${p.name} alone`, episode: p.episode, scene: preview.scene,
        caption: `Teachers, no learning: ${p.label}, ${outcome(p.episode)}`,
      });
    }
  }
  return out;
}
