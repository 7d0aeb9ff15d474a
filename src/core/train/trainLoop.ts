/**
 * The one loop that trains a model step by step (minGPT's Trainer, as an async
 * generator): at each step it checks for a stop, reads the run's live values,
 * asks the schedule for the learning rate, takes one optimiser step, reads the
 * loss back and times it, then yields. What a paper does with a step (metrics
 * rows, progress, a curve point, an evaluation every k steps) it does in its
 * `for await` body; what differs in the step itself (the batch, the forward
 * context, the clip, a router's own step) it passes in as `step`.
 *
 * The order of work within a step is fixed (live values, learning rate,
 * `beforeStep`, then the timed step), so every batch and every random draw
 * happens where the hand-written loops it replaces made it, and runs on WASM
 * stay the same to the last digit.
 */
import type * as tf from '@tensorflow/tfjs-core';

export interface TrainLoopOptions<L> {
  /** Optimiser steps to take. */
  steps: number;
  /** Checked before each step: once aborted, the loop ends without taking another. */
  signal: AbortSignal;
  /** The run's live values (RunContext.live), read once at the start of each step. */
  live: () => L;
  /** The learning rate at a 0-based step under the live values: the run's schedule. */
  lr: (step: number, live: L) => number;
  /** Untimed work after the live values are read and before the step (a router's capacity, an optimiser's multipliers). */
  beforeStep?: (live: L, step: number) => void;
  /**
   * One optimiser step at `lr` (usually `lmStep(...)`). It returns the tensor
   * to report, whose first value is the step's loss; the loop reads it back and
   * disposes it. Its wall time, read-back included, is the step's `ms`.
   */
  step: (lr: number, live: L, step: number) => tf.Tensor | Promise<tf.Tensor>;
}

/** One finished step. */
export interface TrainStepInfo<L> {
  /** 0-based step within this loop. */
  step: number;
  /** The reported loss (nats for an LM), valued before the update. */
  loss: number;
  lr: number;
  /** Wall time of the step, loss read-back included. */
  ms: number;
  /** The live values the step ran with. */
  live: L;
}

export async function* trainLoop<L>(o: TrainLoopOptions<L>): AsyncGenerator<TrainStepInfo<L>, void, void> {
  for (let step = 0; step < o.steps; step++) {
    if (o.signal.aborted) return;
    const live = o.live();
    const lr = o.lr(step, live);
    o.beforeStep?.(live, step);
    const t0 = performance.now();
    const reported = await o.step(lr, live, step);
    const loss = (await reported.data())[0];
    const ms = performance.now() - t0;
    reported.dispose();
    yield { step, loss, lr, ms, live };
  }
}
