/**
 * Experience replay with n-step returns (acme's NStepTransitionAdder plus a
 * uniform replay table). The adder turns a stream of steps into transitions
 *   (s_t, a_t, R_t = Σ_{k<n} γ^k r_{t+k}, γ_t = γ^n or 0, s_{t+n}),
 * one return per reward objective; an episode that ends by termination cuts
 * the bootstrap (γ_t = 0), one cut by the time limit keeps it.
 */
import type { Rng } from '../../../core/rng';

export interface Transition {
  obs: Float32Array;
  action: Float32Array;
  /** One n-step return per reward objective. */
  returns: Float32Array;
  /** Discount on the bootstrap value at `next`: γ^m for m steps taken, 0 after a termination. */
  discount: number;
  next: Float32Array;
}

export interface Batch {
  obs: Float32Array; // [B, O]
  action: Float32Array; // [B, A]
  returns: Float32Array; // [B, K]
  discount: Float32Array; // [B]
  next: Float32Array; // [B, O]
  size: number;
}

interface Pending {
  obs: Float32Array;
  action: Float32Array;
  rewards: Float32Array;
}

/** Collects steps of one episode and emits n-step transitions. */
export class NStepAdder {
  private pending: Pending[] = [];

  constructor(
    private readonly n: number,
    private readonly gamma: number,
    private readonly emit: (t: Transition) => void,
  ) {}

  /** One step: `obs`, `action`, the rewards it earned and the observation after it. */
  add(obs: Float32Array, action: Float32Array, rewards: Float32Array, next: Float32Array, ended: boolean, terminal: boolean): void {
    this.pending.push({ obs, action, rewards });
    if (this.pending.length === this.n) this.flushOne(next, false);
    if (ended) {
      while (this.pending.length) this.flushOne(next, terminal);
    }
  }

  /** Emits the oldest pending step's transition, bootstrapping from `next`. */
  private flushOne(next: Float32Array, terminal: boolean): void {
    const K = this.pending[0].rewards.length;
    const returns = new Float32Array(K);
    let g = 1;
    for (const p of this.pending) {
      for (let k = 0; k < K; k++) returns[k] += g * p.rewards[k];
      g *= this.gamma;
    }
    const first = this.pending.shift() as Pending;
    this.emit({ obs: first.obs, action: first.action, returns, discount: terminal ? 0 : g, next });
  }

  /** Drops a partial episode (e.g. when the run stops). */
  clear(): void {
    this.pending = [];
  }
}

/** A fixed-capacity FIFO of transitions sampled uniformly. */
export class ReplayBuffer {
  private readonly obs: Float32Array;
  private readonly action: Float32Array;
  private readonly returns: Float32Array;
  private readonly discount: Float32Array;
  private readonly next: Float32Array;
  private count = 0;
  private head = 0;

  constructor(
    readonly capacity: number,
    readonly obsSize: number,
    readonly actionSize: number,
    readonly objectives: number,
  ) {
    this.obs = new Float32Array(capacity * obsSize);
    this.action = new Float32Array(capacity * actionSize);
    this.returns = new Float32Array(capacity * objectives);
    this.discount = new Float32Array(capacity);
    this.next = new Float32Array(capacity * obsSize);
  }

  get size(): number {
    return this.count;
  }

  insert(t: Transition): void {
    const i = this.head;
    this.obs.set(t.obs, i * this.obsSize);
    this.action.set(t.action, i * this.actionSize);
    this.returns.set(t.returns, i * this.objectives);
    this.discount[i] = t.discount;
    this.next.set(t.next, i * this.obsSize);
    this.head = (this.head + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  /** `size` transitions drawn uniformly with replacement. */
  sample(size: number, rng: Rng): Batch {
    if (this.count === 0) throw new Error('cannot sample from an empty replay buffer');
    const { obsSize: O, actionSize: A, objectives: K } = this;
    const b: Batch = {
      obs: new Float32Array(size * O), action: new Float32Array(size * A), returns: new Float32Array(size * K),
      discount: new Float32Array(size), next: new Float32Array(size * O), size,
    };
    for (let j = 0; j < size; j++) {
      const i = rng.int(this.count);
      b.obs.set(this.obs.subarray(i * O, (i + 1) * O), j * O);
      b.action.set(this.action.subarray(i * A, (i + 1) * A), j * A);
      b.returns.set(this.returns.subarray(i * K, (i + 1) * K), j * K);
      b.discount[j] = this.discount[i];
      b.next.set(this.next.subarray(i * O, (i + 1) * O), j * O);
    }
    return b;
  }
}
