/**
 * How the LM papers hold out and score text, declared once: the share of the
 * corpus held out, and the sequences in one evaluation batch (a schema's
 * "eval batches" counts batches of this many).
 */

/** Share of the corpus held out for evaluation (splitTrainVal). */
export const VAL_FRACTION = 0.05;

/** Sequences per evaluation batch. */
export const EVAL_BATCH = 32;
