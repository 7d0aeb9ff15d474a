/**
 * A small hand-made InfoGraph recording for the chart tests: the untrained
 * probe at step 0, two steps with a refresh after the second, then one
 * supervised step and its fold's accuracy.
 */
import type { InfographArtifacts, InfographRecording } from '../experiment';

export function testRecording(artifacts: Partial<InfographArtifacts> = {}): InfographRecording {
  return {
    rows: [
      { step: 0, values: { epoch: 0, probe: 0.6, segment: 0 } },
      { step: 1, values: { loss: -0.2, mi: 0.2, epoch: 1, graphsPerSec: 100, segment: 0 } },
      { step: 2, values: { loss: -0.4, mi: 0.4, epoch: 1, graphsPerSec: 100, segment: 0 } },
      { step: 2, values: { epoch: 1, probe: 0.7, segment: 0 } },
      { step: 3, values: { supLoss: 0.6, fold: 0, segment: 1 } },
      { step: 3, values: { supAcc: 0.8, fold: 0, segment: 1 } },
    ],
    tweaks: [],
    progress: null,
    artifacts,
  };
}
