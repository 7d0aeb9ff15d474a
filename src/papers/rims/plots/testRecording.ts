/** A small hand-made RIMs recording for the chart tests: two training steps of both models, RIMs evaluated at each on two lengths. */
import type { EvalPoint, RimsArtifacts, RimsRecording } from '../experiment';

export const EVALS: EvalPoint[] = [
  { step: 1, model: 'rims', set: 0, loss: 1, accuracy: 0.5 },
  { step: 1, model: 'rims', set: 1, loss: 2, accuracy: 0.3 },
  { step: 2, model: 'rims', set: 0, loss: 0.5, accuracy: 0.8 },
  { step: 2, model: 'rims', set: 1, loss: 1.5, accuracy: 0.4 },
];

export const MODELS_INFO: RimsArtifacts['models'] = { rimsParams: 100, lstmParams: 98, lstmWidth: 4, evalLabels: ['T = 2', 'T = 8'] };

export function testRecording(artifacts: Partial<RimsArtifacts> = { models: MODELS_INFO, evals: EVALS }): RimsRecording {
  return {
    rows: [
      { step: 1, values: { segment: 0, lr: 0.01, rimsLoss: 2, lstmLoss: 2.1, rimsSeqStepsPerSec: 100, lstmSeqStepsPerSec: 200 } },
      { step: 1, values: { segment: 0, rimsTestAcc: 0.2 } },
      { step: 2, values: { segment: 0, lr: 0.01, rimsLoss: 1.5, lstmLoss: 1.9, rimsSeqStepsPerSec: 100, lstmSeqStepsPerSec: 200 } },
    ],
    tweaks: [],
    progress: null,
    artifacts,
  };
}
