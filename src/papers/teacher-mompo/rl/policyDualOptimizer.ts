/**
 * The MO-MPO policy step's two optimisers behind the one update call that
 * core/optim/gradientStep makes. One backward pass gives the gradients of
 * the M-step loss and of the temperature and α duals together; the policy's
 * part (Gaussian head, and the choice head when there is one) goes to the
 * policy's Adam at the step's rate, first scaled to a global L2 norm of at
 * most clipNorm over the policy's gradients alone (acme clips the policy,
 * never the duals); the duals' part goes, unclipped, to their own Adam at the
 * dual rate. The clip is done with clipByGlobalNorm before Adam, not folded
 * into AdamW's fused kernel, so the learner's numbers are the ones it
 * computed before it used gradientStep.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { clipByGlobalNorm } from '../../../core/nn/clip';
import type { Optimizer } from '../../../core/train/gradientStep';

/** The gradients of `vars` among `grads` (a variable the loss does not reach has none). */
function gradsOf(grads: tf.NamedTensorMap, vars: readonly tf.Variable[]): tf.NamedTensorMap {
  return Object.fromEntries(vars.filter((v) => grads[v.name]).map((v) => [v.name, grads[v.name]]));
}

export class PolicyDualOptimizer implements Optimizer {
  constructor(
    private readonly policyOpt: Optimizer,
    private readonly policyVars: readonly tf.Variable[],
    private readonly dualOpt: Optimizer,
    private readonly dualVars: readonly tf.Variable[],
    /** The duals' learning rate (the step's own rate is the policy's). */
    private readonly dualLr: number,
  ) {}

  apply(grads: tf.NamedTensorMap, lr: number, clipNorm = 0): void {
    const policy = gradsOf(grads, this.policyVars);
    this.policyOpt.apply(clipNorm > 0 ? clipByGlobalNorm(policy, clipNorm) : policy, lr);
    this.dualOpt.apply(gradsOf(grads, this.dualVars), this.dualLr);
  }
}
