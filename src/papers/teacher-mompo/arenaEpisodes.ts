/**
 * The episodes the point-mass arena can replay: the agent's latest
 * evaluation (live or recorded run, when it is of the arena shown), then the
 * teachers' own episodes from the preview (together, then each alone), each
 * with the scene it was played in and a caption.
 */
import type { SceneDescription } from './rl/sceneDescription';
import type { Composition } from './params';
import type { TeacherPreview } from './preview/teacherPreview';
import type { EpisodeRecord } from './rollout';
import type { TeacherRecording } from './teacherRecording';

export interface ArenaEpisode {
  id: string;
  /** Button label. */
  label: string;
  caption: string;
  episode: EpisodeRecord;
  scene: SceneDescription;
}

const outcome = (ep: EpisodeRecord) => `${ep.success ? 'reached the goal' : 'did not reach the goal'}, task return ${ep.taskReturn.toFixed(1)}`;

export function arenaEpisodes(rec: TeacherRecording, recorded: boolean, preview: TeacherPreview | null, composition: Composition): ArenaEpisode[] {
  const out: ArenaEpisode[] = [];
  if (rec.episode && rec.scene && rec.setup?.composition === composition) {
    out.push({
      id: 'agent', label: recorded ? 'agent (recorded run)' : 'agent', episode: rec.episode, scene: rec.scene,
      caption: `${recorded ? 'Recorded run: policy' : 'Policy'} after ${rec.episode.envSteps} env steps: ${outcome(rec.episode)}`,
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
