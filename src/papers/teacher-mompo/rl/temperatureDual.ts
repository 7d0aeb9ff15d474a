/**
 * Solves one objective's E-step dual on fixed Q-values with the learner's own
 * loss and optimiser (Adam on the raw temperature, acme's parameterisation),
 * for the exact claim and the tests: after convergence KL(q ‖ π_old) ≈ ε.
 */
import * as tf from '@tensorflow/tfjs-core';
import { AdamW } from '../../../core/nn/adamw';
import { createWeight } from '../../../core/nn/weight';
import { gradientStep } from '../../../core/train/gradientStep';
import { Rng } from '../../../core/rng';
import { eStepWeights, MIN_LOG_TEMPERATURE, positive, temperatureLoss, weightsKl } from './mompoLoss';

export interface DualSolution {
  temperature: number;
  kl: number;
  /** The E-step weights at the solution, [N][B]. */
  weights: number[][];
}

/** Standard deviation of all Q-values: a warm start for the raw temperature (η scales with Q). */
export function qScale(q: number[][]): number {
  const flat = q.flat();
  const m = flat.reduce((a, b) => a + b, 0) / flat.length;
  return Math.sqrt(flat.reduce((a, b) => a + (b - m) ** 2, 0) / flat.length);
}

/**
 * q [N, B] fixed Q-values; `steps` Adam steps from raw temperature `init`
 * (default: the Q scale, at least 1), the rate decaying linearly from `lr` to lr/20.
 */
export async function solveTemperature(q: number[][], epsilon: number, steps = 3000, lr = 5e-2, init = Math.max(1, qScale(q))): Promise<DualSolution> {
  const raw = createWeight('temperature', [], { kind: 'zeros' }, new Rng(0), false);
  raw.variable.assign(tf.scalar(init));
  const opt = new AdamW([raw], { beta2: 0.999, weightDecay: 0 });
  const qt = tf.tensor2d(q); // [N, B]
  try {
    for (let i = 0; i < steps; i++) {
      const loss = gradientStep(opt, [raw.variable], lr * (1 - (0.95 * i) / steps), () => {
        const l = temperatureLoss(qt, positive(raw.variable), epsilon);
        return { loss: l, report: l };
      });
      loss.dispose();
      // acme's floor on the raw temperature, after each step.
      tf.tidy(() => raw.variable.assign(tf.maximum(raw.variable, MIN_LOG_TEMPERATURE)));
    }
    const eta = positive(raw.variable);
    const w = eStepWeights(qt, eta);
    const kl = weightsKl(w);
    const out = { temperature: (await eta.data())[0], kl: (await kl.data())[0], weights: (await w.array()) as number[][] };
    tf.dispose([eta, w, kl]);
    return out;
  } finally {
    qt.dispose();
    raw.variable.dispose();
    opt.dispose();
  }
}
