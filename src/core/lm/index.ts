/** The transformer language model: public API. Parameters, AdamW and clipping live in core/nn, schedules in core/train. */
export { DEFAULT_LM_CONFIG, ffnHidden, headSize, validateConfig, type LMConfig, type NormKind, type PositionKind } from './config';
export { Linear } from './linear';
export { Norm } from './norm';
export { TokenEmbedding, PositionEmbedding } from './embedding';
export { RelativeBias } from './relativeBias';
export { CausalSelfAttention, causalMask } from './attention';
export { DenseFeedForward, denseFeedForward, gelu } from './denseFeedForward';
export type { CrossAttentionFactory, CrossAttentionModule, FeedForward, FeedForwardFactory, ForwardContext, LMHooks } from './hooks';
export { Block } from './block';
export { TransformerLM, type LossParts } from './model';
export { countParams, forwardFlops, trainingFlops, trainingFlopsPerToken, sixND, type CountOptions, type ForwardFlops, type ParamCount } from './count';
// The optimiser an LM step takes, re-exported: `npm run bench -- --baseline` drives any commit through this barrel.
export { AdamW, DEFAULT_ADAMW, type AdamWOptions } from '../nn/adamw';
export { trainStep, evaluate, type Batch, type EvalResult, type TrainStepOptions } from './train';
export { scoreContinuations, type Continuation, type ContinuationScore } from './score';
