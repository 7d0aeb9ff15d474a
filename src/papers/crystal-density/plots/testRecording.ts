/**
 * A small hand-made crystal-density recording for the chart tests: two VAE
 * steps evaluated at the second, two U-Net steps evaluated at the second, and
 * the closing evaluation.
 */
import type { CrystalArtifacts, CrystalRecording } from '../experiment';

export function testRecording(artifacts: Partial<CrystalArtifacts> = {}): CrystalRecording {
  return {
    rows: [
      { step: 1, values: { vaeLoss: 10.5, recon: 10, kl: 50, stepsPerSec: 3, segment: 0 } },
      { step: 2, values: { vaeLoss: 8.4, recon: 8, kl: 40, stepsPerSec: 3, segment: 0 } },
      { step: 2, values: { testMse: 0.1, meanMse: 0.2, segment: 0 } },
      { step: 3, values: { segLoss: 1, voxelAcc: 0.5, stepsPerSec: 4, segment: 1 } },
      { step: 4, values: { segLoss: 0.5, voxelAcc: 0.7, stepsPerSec: 4, segment: 1 } },
      { step: 4, values: { cellAcc: 0.25, segment: 1 } },
      { step: 5, values: { testMse: 0.09, meanMse: 0.2, cellAcc: 0.5, knnAcc: 0.6, prototypesHeldOut: 2, segment: 1 } },
    ],
    tweaks: [],
    progress: null,
    artifacts,
  };
}
