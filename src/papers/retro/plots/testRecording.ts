/**
 * A small hand-made RETRO run for the chart tests: two joint training steps
 * (a curve point at the second), the evaluations after training, and one
 * RETRO-fit step with its curve point.
 */
import type { Data } from 'plotly.js-dist-min';
import type { RetroArtifacts, RetroRecording } from '../experiment';

export function testRecording(artifacts: Partial<RetroArtifacts> = {}): RetroRecording {
  return {
    rows: [
      { step: 1, values: { segment: 0, baseLoss: Math.LN2 * 3, retroLoss: Math.LN2 * 2.5, lr: 1e-3, tokensPerSec: 100, retroTokensPerSec: 50, retrievalMsPerQuery: 0.1, queriesPerSec: 1e4 } },
      { step: 2, values: { segment: 0, baseLoss: Math.LN2 * 2, retroLoss: Math.LN2 * 1.5, lr: 1e-3, tokensPerSec: 100, retroTokensPerSec: 50, retrievalMsPerQuery: 0.1, queriesPerSec: 1e4, bpcBase: 2.2, bpcOff: 2.3, bpcOn: 1.9 } },
      { step: 3, values: { segment: 1, rfStep: 1, rfLoss: 1.6, bpcRetrofit: 2.1 } },
    ],
    tweaks: [],
    progress: null,
    artifacts: {
      final: { bpcBase: 2.2, bpcOn: 1.9, bpcOff: 2.3, k: 2, windows: 8, tokens: 256 },
      dbSweep: [{ fraction: 0.1, chunks: 10, tokens: 80, bpcOn: 2.1 }, { fraction: 1, chunks: 100, tokens: 800, bpcOn: 1.9 }],
      kSweep: [{ k: 1, bpcOn: 2 }, { k: 2, bpcOn: 1.9 }],
      leakage: [{ alpha: 0, base: null, on: null, chunks: 0, share: 0 }, { alpha: 0.5, base: 2.4, on: 2.3, chunks: 5, share: 0.5 }, { alpha: 1, base: 2.2, on: 1.9, chunks: 10, share: 1 }],
      ...artifacts,
    },
  };
}

/** x and y of a trace (undefined where it has none). */
export const xy = (d: Data): { x: unknown; y: unknown } => ({ x: 'x' in d ? d.x : undefined, y: 'y' in d ? d.y : undefined });
