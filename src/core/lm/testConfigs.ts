/** Two small model shapes used across the LM tests (hand-counted in count.test.ts). */
import type { LMConfig } from './config';

/** Layernorm, learned positions, FFN 4x. */
export const SHAPE_A: LMConfig = {
  vocabSize: 52, seqLen: 32, dModel: 32, nLayers: 2, nHeads: 4, ffnRatio: 4, norm: 'layernorm', positions: 'learned',
};

/** RMSNorm, relative positions, FFN 2x, head size 16. */
export const SHAPE_B: LMConfig = {
  vocabSize: 52, seqLen: 64, dModel: 48, nLayers: 3, nHeads: 3, ffnRatio: 2, norm: 'rmsnorm', positions: 'relative',
};
