/**
 * Reads the RIM cell's real state tensors step by step and checks the
 * paper's sparsity rule (Goyal et al. 2019, Sec. 2.2): at every step exactly
 * k_A modules change, and every other module's h and c are the same bits as
 * before. Compares Float32 values as 32-bit words, so −0 vs 0 or a NaN
 * payload would count as a change.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../core/rng';
import type { RimCell } from './rimCell';
import { inputsAt, type SeqBatch } from './seqBatch';
import { tidyFields } from './tidyFields';

export interface StateAudit {
  /** (step, sequence) pairs checked. */
  checked: number;
  /** Pairs where the number of changed modules was not k_A. */
  wrongCount: number;
  /** Modules marked inactive whose state bits changed. */
  heldButChanged: number;
  /** Modules marked active whose state did not change at all. */
  activeUnchanged: number;
}

function changedModules(before: Uint32Array, after: Uint32Array, K: number, B: number, H: number, b: number): boolean[] {
  return Array.from({ length: K }, (_, k) => {
    for (let j = 0; j < H; j++) {
      const i = (k * B + b) * H + j;
      if (before[i] !== after[i]) return true;
    }
    return false;
  });
}

/** Runs `batch` through `cell` from a random state and audits every step. */
export async function auditStates(cell: RimCell, batch: SeqBatch, rng: Rng): Promise<StateAudit> {
  const K = cell.modules, H = cell.hiddenPerModule, B = batch.B;
  const rand = () => tf.tensor3d(Float32Array.from({ length: K * B * H }, () => rng.normal(0, 0.5)), [K, B, H]);
  let state = { h: rand(), c: cell.config.rnn === 'lstm' ? rand() : null };
  const audit: StateAudit = { checked: 0, wrongCount: 0, heldButChanged: 0, activeUnchanged: 0 };
  const words = async (t: tf.Tensor | null) => (t ? new Uint32Array((await t.data<'float32'>()).slice().buffer) : null);
  try {
    for (let t = 0; t < batch.T; t++) {
      const prev = state;
      const next = tidyFields(() => cell.step(tf.tensor2d(inputsAt(batch, t), [B, batch.inputSize]), prev, null));
      const [h0, c0, h1, c1] = await Promise.all([words(prev.h), words(prev.c), words(next.h), words(next.c)]);
      const mask = await next.active.data();
      next.active.dispose();
      tf.dispose([prev.h, prev.c ?? []]);
      state = { h: next.h, c: next.c };
      for (let b = 0; b < B; b++) {
        const hc = changedModules(h0!, h1!, K, B, H, b);
        const cc = c0 && c1 ? changedModules(c0, c1, K, B, H, b) : hc.map(() => false);
        const changed = hc.map((x, k) => x || cc[k]);
        audit.checked++;
        if (changed.filter(Boolean).length !== cell.config.active) audit.wrongCount++;
        for (let k = 0; k < K; k++) {
          const on = mask[k * B + b] === 1;
          if (!on && changed[k]) audit.heldButChanged++;
          if (on && !changed[k]) audit.activeUnchanged++;
        }
      }
    }
  } finally {
    tf.dispose([state.h, state.c ?? []]);
  }
  return audit;
}
