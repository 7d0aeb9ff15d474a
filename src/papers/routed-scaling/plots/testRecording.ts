/**
 * A small hand-made routed sweep for the chart tests: a dense model (run 0)
 * and an S-BASE model with 2 experts (run 1) of one size, two training steps
 * each and an evaluation row after each, both finished and fitted.
 */
import type { Data } from 'plotly.js-dist-min';
import type { RoutedArtifacts, RoutedRecording } from '../experiment';
import type { RunResult } from '../sweepResults';

const result = (index: number, E: number, router: RunResult['router'], evalLoss: number, balance: number): RunResult => ({
  index, replica: 0, sizeIndex: 0, width: 8, E, router, N: 3000, params: 3000 * E, evalLoss, balance, dropped: 0, evalBalance: balance, tokensPerSec: 100,
});

export function testRecording(artifacts: Partial<RoutedArtifacts> = {}): RoutedRecording {
  return {
    rows: [
      { step: 1, values: { loss: 3.9, lr: 0.01, run: 0, segment: 0, E: 1, tokensPerSec: 100, balance: 1, dropped: 0 } },
      { step: 2, values: { loss: 3.7, lr: 0.01, run: 0, segment: 0, E: 1, tokensPerSec: 100, balance: 1, dropped: 0 } },
      { step: 2, values: { run: 0, segment: 0, evalLoss: 3.6 } },
      { step: 3, values: { loss: 3.8, lr: 0.01, run: 1, segment: 1, E: 2, tokensPerSec: 50, balance: 1.5, dropped: 0.25, routingOverhead: 2 } },
      { step: 4, values: { loss: 3.5, lr: 0.01, run: 1, segment: 1, E: 2, tokensPerSec: 50, balance: 1.25, dropped: 0, routingOverhead: 2 } },
      { step: 4, values: { run: 1, segment: 1, evalLoss: 3.4 } },
    ],
    tweaks: [],
    progress: null,
    artifacts: {
      plan: [
        { index: 0, replica: 0, sizeIndex: 0, width: 8, E: 1, router: 'dense' },
        { index: 1, replica: 0, sizeIndex: 0, width: 8, E: 2, router: 'sbase' },
      ],
      results: [result(0, 1, 'dense', 3.6, 1), result(1, 2, 'sbase', 3.4, 1.3)],
      fits: [{ router: 'sbase', fit: { a: -0.08, b: -0.1, c: 0.01, d: 1.1, eStart: 1.847, eMax: 314.478, rmse: 0, points: 2, mode: 'fixed-saturation', prior: null }, problem: null }],
      routing: { run: 1, router: 'sbase', E: 2, step: 2, layers: [{ load: [0.75, 0.25], dropped: 0.25 }] },
      ...artifacts,
    },
  };
}

/** x and y of a trace (undefined where it has none). */
export const xy = (d: Data): { x: unknown; y: unknown } => ({ x: 'x' in d ? d.x : undefined, y: 'y' in d ? d.y : undefined });
