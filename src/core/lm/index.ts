/** The transformer language model: public API. */
export { DEFAULT_LM_CONFIG, ffnHidden, headSize, validateConfig, type LMConfig, type NormKind, type PositionKind } from './config';
export { createParam, countParamsOf, disposeParams, residualStd, GPT2_STD, type Init, type Param } from './params';
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
export { AdamW, DEFAULT_ADAMW, type AdamWOptions } from './adamw';
export { learningRate, scheduleForBudget, stepsForBudget, type CosineSchedule } from './schedule';
export { trainStep, evaluate, clipByGlobalNorm, type Batch, type EvalResult, type TrainStepOptions } from './train';
export { scoreContinuations, type Continuation, type ContinuationScore } from './score';
