/** A small hand-made Gopher recording for the chart tests: two models of two training steps, each followed by its evaluation row. */
import type { GopherArtifacts, GopherRecording, ModelResult } from '../experiment';

const scores = ([knowledge, reading, maths, logic, grammar]: number[]): ModelResult['scores'] => ({ knowledge, reading, maths, logic, grammar });

export const TEST_RESULTS: ModelResult[] = [
  { name: 'a', N: 1000, evalLoss: 2, bpc: 2.9, scores: scores([0.3, 0.3, 0.25, 0.25, 0.5]), exact: scores([0, 0, 0, 0, 0]) },
  { name: 'b', N: 8000, evalLoss: 1.5, bpc: 2.2, scores: scores([0.5, 0.7, 0.2, 0.3, 0.6]), exact: scores([0, 0, 0, 0, 0]) },
];

export function testRecording(artifacts: Partial<GopherArtifacts> = {}): GopherRecording {
  return {
    rows: [
      { step: 1, values: { loss: 3, lr: 0.01, model: 0, segment: 0, tokensPerSec: 100 } },
      { step: 2, values: { loss: 2.5, lr: 0.001, model: 0, segment: 0, tokensPerSec: 100 } },
      { step: 2, values: { evalLoss: 2, bpc: 2.9, model: 0, segment: 0, probesPerSec: 10 } },
      { step: 3, values: { loss: 3.1, lr: 0.01, model: 1, segment: 1, tokensPerSec: 100 } },
      { step: 4, values: { loss: 2.4, lr: 0.001, model: 1, segment: 1, tokensPerSec: 100 } },
      { step: 4, values: { evalLoss: 1.5, bpc: 2.2, model: 1, segment: 1, probesPerSec: 10 } },
    ],
    tweaks: [],
    progress: null,
    artifacts,
  };
}
