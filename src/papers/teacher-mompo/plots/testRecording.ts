/**
 * A small hand-made teacher recording for the chart tests: evaluations at 0
 * and 500 env steps of the agent with the goal teacher (the second also of the
 * agent without teachers), and one update row at 250 between them.
 */
import type { TeacherArtifacts, TeacherRecording } from '../experiment';
import type { EpisodeRecord } from '../rollout';

/** An episode of `frames` poses of 2 bodies, dt apart; the body-1 position comes from `at(i)`. */
export function testEpisode(frames: number, dt: number, at: (i: number) => [number, number, number], extra: Partial<EpisodeRecord> = {}): EpisodeRecord {
  const xpos = Array.from({ length: frames }, (_, i) => [0, 0, 0, ...at(i)]);
  return { dt, nbody: 2, xpos, xquat: [], agent: [], teachers: {}, taskReturn: 0, success: false, envSteps: 0, ...extra };
}

export function testRecording(artifacts: Partial<TeacherArtifacts> = {}): TeacherRecording {
  return {
    rows: [
      { step: 0, values: { segment: 0, success: 0, taskReturn: 1, ll_goal: -3, headHeight: 1.2, speed: 0.1 } },
      { step: 250, values: { segment: 0, criticLoss: 2, klMean: 0.01, klStd: 0.001, temp_task: 1.3, kl_task: 0.05, temp_goal: 1.1, kl_goal: 0.02, updatesPerSec: 50 } },
      { step: 500, values: { segment: 0, success: 0.5, taskReturn: 4, ll_goal: -1, headHeight: 1.3, speed: 0.4 } },
      { step: 500, values: { segment: 1, basesuccess: 0.1, basetaskReturn: 2, baseheadHeight: 0.9 } },
    ],
    tweaks: [],
    progress: null,
    artifacts: { setup: { domain: 'pointMass', composition: 'sequence', teachers: ['goal'], reward: 'sparse' }, ...artifacts },
  };
}

/** The same recording before any run. */
export const EMPTY: TeacherRecording = { rows: [], tweaks: [], progress: null, artifacts: {} };
