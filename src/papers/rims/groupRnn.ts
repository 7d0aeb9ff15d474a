/**
 * K independent LSTM or GRU cells run side by side through grouped linear
 * layers, each module with its own weights (Goyal et al. 2019, Sec. 2.2,
 * "independent dynamics"; BlockLSTM / BlockGRU in the official code).
 *   LSTM: [i f g o] = W_x x + W_h h;  c' = σ(f)c + σ(i)tanh(g);  h' = σ(o)tanh(c')
 *   GRU:  r, z = σ(W_x x + W_h h);  n = tanh(W_xn x + r ⊙ W_hn h);  h' = (1-z) n + z h
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import { GroupLinear } from './groupLinear';

export type RnnKind = 'lstm' | 'gru';

export class GroupRnn {
  /** LSTM: one matmul on [x; h]. GRU: W_x on x ... */
  readonly wx: GroupLinear;
  /** ...and W_h on h, kept apart for the reset gate. Null for an LSTM. */
  readonly wh: GroupLinear | null;

  constructor(name: string, readonly kind: RnnKind, groups: number, nIn: number, readonly hidden: number, rng: Rng) {
    if (kind === 'lstm') {
      this.wx = new GroupLinear(`${name}.w`, groups, nIn + hidden, 4 * hidden, rng.fork('wx'));
      this.wh = null;
    } else {
      this.wx = new GroupLinear(`${name}.wx`, groups, nIn, 3 * hidden, rng.fork('wx'));
      this.wh = new GroupLinear(`${name}.wh`, groups, hidden, 3 * hidden, rng.fork('wh'));
    }
  }

  get weights(): Weight[] {
    return [...this.wx.weights, ...(this.wh?.weights ?? [])];
  }

  /** x [K, B, In], h, c [K, B, H] -> new h, c */
  step(x: tf.Tensor3D, h: tf.Tensor3D, c: tf.Tensor3D | null): { h: tf.Tensor3D; c: tf.Tensor3D | null } {
    if (!this.wh) {
      if (!c) throw new Error('an LSTM step needs a cell state');
      const [i, f, g, o] = tf.split(this.wx.apply(tf.concat([x, h], 2)), 4, 2) as tf.Tensor3D[]; // 4 x [K, B, H]
      const c1: tf.Tensor3D = tf.add(tf.mul(tf.sigmoid(f), c), tf.mul(tf.sigmoid(i), tf.tanh(g))); // [K, B, H]
      return { h: tf.mul(tf.sigmoid(o), tf.tanh(c1)), c: c1 };
    }
    const [xr, xz, xn] = tf.split(this.wx.apply(x), 3, 2) as tf.Tensor3D[]; // 3 x [K, B, H]
    const [hr, hz, hn] = tf.split(this.wh.apply(h), 3, 2) as tf.Tensor3D[];
    const r = tf.sigmoid(tf.add(xr, hr)); // [K, B, H]
    const z = tf.sigmoid(tf.add(xz, hz));
    const n = tf.tanh(tf.add(xn, tf.mul(r, hn)));
    return { h: tf.add(tf.mul(tf.sub(1, z), n), tf.mul(z, h)), c: null };
  }
}
