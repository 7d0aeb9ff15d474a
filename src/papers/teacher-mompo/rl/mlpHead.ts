/**
 * A head over one MLP (the Gaussian policy, the teacher-selection head): its
 * weights, a copy from its twin (the target network), a snapshot for the
 * plain-JS actor, and disposal. Subclasses add what their outputs mean.
 */
import type { Rng } from '../../../core/rng';
import { Mlp, type MlpSnapshot } from './mlp';

export abstract class MlpHead {
  readonly net: Mlp;

  /** `sizes` = [in, hidden..., out]; the last layer starts at 0.1 of its usual scale. */
  protected constructor(name: string, sizes: number[], rng: Rng) {
    this.net = new Mlp(name, sizes, rng, 0.1);
  }

  get weights() {
    return this.net.weights;
  }

  copyFrom(other: this): void {
    this.net.copyFrom(other.net);
  }

  snapshot(): Promise<MlpSnapshot> {
    return this.net.snapshot();
  }

  dispose(): void {
    this.net.dispose();
  }
}
