/** A small hand-made vGraph recording for the chart tests: two training epochs, scored at the second. */
import type { VGraphArtifacts, VGraphRecording } from '../experiment';

export function testRecording(artifacts: Partial<VGraphArtifacts> = {}): VGraphRecording {
  return {
    rows: [
      { step: 1, values: { loss: 3.01, elbo: -3, recon: 2.5, kl: 0.5, reg: 0.01, tau: 1, lr: 0.1, edgesPerSec: 1000 } },
      { step: 2, values: { loss: 2.02, elbo: -2, recon: 1.8, kl: 0.2, reg: 0.02, tau: 1, lr: 0.1, edgesPerSec: 1000 } },
      { step: 2, values: { modularity: 0.3, crossing: 0.2, nmi: 0.6 } },
    ],
    tweaks: [],
    progress: null,
    artifacts,
  };
}
