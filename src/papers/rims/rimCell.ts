/**
 * One step of Recurrent Independent Mechanisms (Goyal et al. 2019, arXiv
 * 1909.10893, Sec. 2, Algorithm 1):
 *   1. input attention over [0; x_t]; the k_A modules with the least attention
 *      on the null row are active (activeMask);
 *   2. active modules update with their own LSTM/GRU on what they read;
 *   3. active modules attend to all modules and add the result;
 *   4. inactive modules keep h and c exactly: h_t = where(active, new, h_{t-1}).
 * The mask multiplies the update, so no gradient reaches an inactive
 * module's own weights from that step (the official code's blocked_grad). Deviation, kept for clarity: in step 3 an inactive module
 * shows its held state, where dido1998 shows its discarded update.
 */
import * as tf from '@tensorflow/tfjs-core';
import { disposeWeights, type Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import { activeMask } from './activeMask';
import type { CellState, CellStep, DropoutCtx, RecurrentCell } from './cell';
import { Communication } from './communication';
import { GroupRnn, type RnnKind } from './groupRnn';
import { InputAttention } from './inputAttention';

export interface RimConfig {
  inputSize: number;
  /** k_T: modules. */
  modules: number;
  /** k_A: modules updated per step. */
  active: number;
  /** Hidden units per module. */
  hidden: number;
  inputKey: number;
  inputValue: number;
  commHeads: number;
  commKey: number;
  commValue: number;
  rnn: RnnKind;
}

/**
 * old + m ⊙ (new − old): where m = 0 this is old + 0, the old state bit for
 * bit, and the gradient to `next` is m, so none reaches a held module's update.
 */
function keep(m: tf.Tensor3D, next: tf.Tensor3D, old: tf.Tensor3D): tf.Tensor3D {
  return tf.add(old, tf.mul(m, tf.sub(next, old)));
}

export class RimCell implements RecurrentCell {
  readonly input: InputAttention;
  readonly rnn: GroupRnn;
  readonly comm: Communication;
  readonly modules: number;
  readonly hiddenPerModule: number;

  constructor(readonly config: RimConfig, rng: Rng) {
    const c = config;
    if (!(c.active >= 1 && c.active <= c.modules)) throw new RangeError(`k_A = ${c.active} must be between 1 and k_T = ${c.modules}`);
    this.modules = c.modules;
    this.hiddenPerModule = c.hidden;
    this.input = new InputAttention('rim.in', c.modules, c.hidden, c.inputSize, c.inputKey, c.inputValue, rng.fork('in'));
    this.rnn = new GroupRnn('rim.rnn', c.rnn, c.modules, c.inputValue, c.hidden, rng.fork('rnn'));
    this.comm = new Communication('rim.comm', c.modules, c.hidden, c.commHeads, c.commKey, c.commValue, rng.fork('comm'));
  }

  get weights(): Weight[] {
    return [...this.input.weights, ...this.rnn.weights, ...this.comm.weights];
  }

  initState(batch: number): CellState {
    const z = () => tf.zeros([this.modules, batch, this.hiddenPerModule]) as tf.Tensor3D;
    return { h: z(), c: this.config.rnn === 'lstm' ? z() : null };
  }

  /** The attention and mask alone, for inspection and tests. */
  select(x: tf.Tensor2D, h: tf.Tensor3D): { nullAttn: tf.Tensor2D; active: tf.Tensor2D } {
    return tf.tidy(() => {
      const { nullAttn } = this.input.apply(x, h, null);
      return { nullAttn, active: activeMask(nullAttn, this.config.active) };
    });
  }

  step(x: tf.Tensor2D, s: CellState, dropout: DropoutCtx | null): CellStep {
    const { nullAttn, read } = this.input.apply(x, s.h, dropout);
    const active = activeMask(nullAttn, this.config.active); // [K, B]
    const m = tf.expandDims(active, 2) as tf.Tensor3D; // [K, B, 1]
    const upd = this.rnn.step(tf.mul(read, m), s.h, s.c); // inactive modules read zero
    const mixed = keep(m, upd.h, s.h); // [K, B, H]
    return {
      h: keep(m, tf.add(mixed, this.comm.apply(mixed, dropout)), s.h),
      c: s.c && upd.c ? keep(m, upd.c, s.c) : null,
      active,
    };
  }

  dispose(): void {
    disposeWeights(this.weights);
  }
}
