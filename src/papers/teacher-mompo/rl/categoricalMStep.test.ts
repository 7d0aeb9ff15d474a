import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../../core/backend/nodeBackend';
import { AdamW } from '../../../core/nn/adamw';
import { createWeight } from '../../../core/nn/weight';
import { Rng } from '../../../core/rng';
import { categoricalMStepLoss } from './categoricalMStep';

const tf = await initNodeBackend('wasm');

describe('categorical M-step', () => {
  it('moves probability toward the heavier-weighted choice while α_cat holds KL(π_old ‖ π_θ) near ε_cat', () => {
    const [N, B, K] = [6, 8, 3];
    const rng = new Rng(1);
    const logits = createWeight('logits', [B, K], { kind: 'zeros' }, rng, false);
    const rawAlpha = createWeight('alpha', [], { kind: 'zeros' }, rng, false);
    rawAlpha.variable.assign(tf.scalar(1));
    const target = tf.zeros([B, K]) as import('@tensorflow/tfjs-core').Tensor2D; // π_old uniform
    // Samples: choices 0, 1, 2, 0, 1, 2 in every state; the E-step put most weight on choice 1.
    const choices = tf.tensor2d(Array.from({ length: N }, (_, n) => Array(B).fill(n % K)), [N, B], 'int32');
    const weights = tf.tensor2d(Array.from({ length: N }, (_, n) => Array(B).fill(n % K === 1 ? 0.4 : 0.05)), [N, B]);
    const opt = new AdamW([logits], { beta2: 0.999, weightDecay: 0 });
    const dual = new AdamW([rawAlpha], { beta2: 0.999, weightDecay: 0 });
    const epsilon = 0.01;
    let kl = 0;
    for (let i = 0; i < 800; i++) {
      tf.tidy(() => {
        const { grads } = tf.variableGrads(() => {
          const m = categoricalMStepLoss({ online: logits.variable as never, target, choices, weights, rawAlpha: rawAlpha.variable, epsilon });
          kl = m.kl.arraySync() as number;
          return m.loss;
        });
        opt.apply({ [logits.variable.name]: grads[logits.variable.name] }, 1e-2);
        dual.apply({ [rawAlpha.variable.name]: grads[rawAlpha.variable.name] }, 5e-2);
      });
    }
    const p = tf.softmax(logits.variable).arraySync() as number[][];
    for (const row of p) {
      expect(row[1]).toBeGreaterThan(1 / K + 0.03);
      expect(row[1]).toBeGreaterThan(row[0]);
      expect(row[1]).toBeGreaterThan(row[2]);
    }
    // Unconstrained, the fit would reach p(1) = 0.8 (KL ≈ 0.55 ≫ ε); the multiplier holds it near ε.
    expect(kl).toBeLessThan(2 * epsilon);
    expect(kl).toBeGreaterThan(0.5 * epsilon);
  }, 60_000);
});
