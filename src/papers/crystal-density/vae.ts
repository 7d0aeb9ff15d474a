/**
 * The density VAE (Hoffmann et al. 2019; official CrystalVAE.py, much
 * smaller): two 3-D convolutions, each followed by ×2 average pooling, and a
 * dense layer to μ and log σ² of a diagonal Gaussian q(z|x); a dense layer,
 * two ×2 upsample + 3-D conv blocks and a softplus (densities are
 * non-negative) back to the grid.
 * Loss per crystal: Σ_voxels (x − x̂)² + β KL(q(z|x) ‖ N(0, I)), with
 *   KL = ½ Σ_j (μ_j² + σ_j² − 1 − log σ_j²).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import { Conv3d, Dense, downsample2, leaky, upsample2 } from './layers';

export interface VaeConfig {
  /** Voxels per side; a multiple of 4. */
  n: number;
  latent: number;
  /** Channels of the first convolution; the second has twice as many. */
  width: number;
}

/** KL(N(μ, σ²) ‖ N(0, I)) per row. */
export function klDivergence(mu: tf.Tensor2D, logvar: tf.Tensor2D): tf.Tensor1D {
  return tf.mul(0.5, tf.sum(tf.sub(tf.add(tf.square(mu), tf.exp(logvar)), tf.add(1, logvar)), 1)); // [B]
}

export class CrystalVae {
  private readonly e1: Conv3d;
  private readonly e2: Conv3d;
  private readonly eOut: Dense;
  private readonly dIn: Dense;
  private readonly d1: Conv3d;
  private readonly d2: Conv3d;
  private readonly m: number;

  constructor(readonly config: VaeConfig, rng: Rng) {
    const { n, latent, width: c } = config;
    this.m = n / 4;
    const flat = this.m ** 3 * 2 * c;
    this.e1 = new Conv3d('enc.1', 3, 1, c, rng, true);
    this.e2 = new Conv3d('enc.2', 3, c, 2 * c, rng);
    this.eOut = new Dense('enc.out', flat, 2 * latent, rng, 1);
    this.dIn = new Dense('dec.in', latent, flat, rng);
    this.d1 = new Conv3d('dec.1', 3, 2 * c, c, rng);
    this.d2 = new Conv3d('dec.2', 3, c, 1, rng);
    // Start near an empty grid (softplus(−4) ≈ 0.02) rather than 0.69 everywhere.
    tf.tidy(() => this.d2.b.variable.assign(tf.fill([1], -4)));
  }

  get weights(): Weight[] {
    return [this.e1, this.e2, this.eOut, this.dIn, this.d1, this.d2].flatMap((l) => l.weights);
  }

  encode(x: tf.Tensor5D): { mu: tf.Tensor2D; logvar: tf.Tensor2D } {
    const B = x.shape[0], L = this.config.latent;
    const h1 = downsample2(leaky(this.e1.apply(x))); // [B, n/2, n/2, n/2, c]
    const h2 = downsample2(leaky(this.e2.apply(h1))); // [B, n/4, n/4, n/4, 2c]
    const out = this.eOut.apply(tf.reshape(h2, [B, -1])); // [B, 2L]
    const mu = tf.slice(out, [0, 0], [B, L]); // [B, L]
    const logvar = tf.mul(10, tf.tanh(tf.div(tf.slice(out, [0, L], [B, L]), 10))) as tf.Tensor2D; // [B, L], softly bounded to ±10
    return { mu, logvar };
  }

  decode(z: tf.Tensor2D): tf.Tensor5D {
    const B = z.shape[0], m = this.m, c = this.config.width;
    const h = tf.reshape(leaky(this.dIn.apply(z)), [B, m, m, m, 2 * c]) as tf.Tensor5D; // [B, n/4, n/4, n/4, 2c]
    const u1 = leaky(this.d1.apply(upsample2(h))); // [B, n/2, n/2, n/2, c]
    return tf.softplus(this.d2.apply(upsample2(u1))); // [B, n, n, n, 1]
  }

  /** Loss parts for a batch; `eps` [B, L] is standard normal noise (reparameterisation). */
  loss(x: tf.Tensor5D, eps: tf.Tensor2D, beta: number): { loss: tf.Scalar; recon: tf.Scalar; kl: tf.Scalar } {
    const { mu, logvar } = this.encode(x);
    const z = tf.add(mu, tf.mul(tf.exp(tf.mul(0.5, logvar)), eps)) as tf.Tensor2D; // [B, L]
    const xr = this.decode(z);
    const recon = tf.mean(tf.sum(tf.reshape(tf.square(tf.sub(xr, x)), [x.shape[0], -1]), 1)) as tf.Scalar;
    const kl = tf.mean(klDivergence(mu, logvar)) as tf.Scalar;
    return { loss: tf.add(recon, tf.mul(beta, kl)), recon, kl };
  }

  dispose(): void {
    for (const p of this.weights) p.variable.dispose();
  }
}
