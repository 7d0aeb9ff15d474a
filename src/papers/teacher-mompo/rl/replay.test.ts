import { describe, expect, it } from 'vitest';
import { Rng } from '../../../core/rng';
import { NStepAdder, ReplayBuffer, type Transition } from './replay';

const v = (x: number) => Float32Array.of(x);

describe('NStepAdder', () => {
  it('emits n-step returns with γ^n bootstraps, cuts at termination and keeps the bootstrap at the time limit', () => {
    const out: Transition[] = [];
    const adder = new NStepAdder(3, 0.5, (t) => out.push(t));
    // Rewards 1, 2, 4, 8 on states 0..3; the episode then ends by the time limit after state 3.
    adder.add(v(0), v(0), v(1), v(1), false, false);
    adder.add(v(1), v(0), v(2), v(2), false, false);
    expect(out).toHaveLength(0);
    adder.add(v(2), v(0), v(4), v(3), false, false);
    expect(out).toHaveLength(1);
    expect(out[0].returns[0]).toBeCloseTo(1 + 0.5 * 2 + 0.25 * 4);
    expect(out[0].discount).toBeCloseTo(0.125);
    expect(out[0].next[0]).toBe(3);
    adder.add(v(3), v(0), v(8), v(4), true, false);
    expect(out.map((t) => t.obs[0])).toEqual([0, 1, 2, 3]);
    expect(out[1].returns[0]).toBeCloseTo(2 + 0.5 * 4 + 0.25 * 8);
    expect(out[2].returns[0]).toBeCloseTo(4 + 0.5 * 8);
    expect(out[2].discount).toBeCloseTo(0.25);
    expect(out[3].returns[0]).toBeCloseTo(8);
    expect(out[3].discount).toBeCloseTo(0.5);
    expect(out[3].next[0]).toBe(4);
  });

  it('sets the discount to 0 on a termination', () => {
    const out: Transition[] = [];
    const adder = new NStepAdder(5, 0.9, (t) => out.push(t));
    adder.add(v(0), v(0), Float32Array.of(1, 10), v(1), false, false);
    adder.add(v(1), v(0), Float32Array.of(1, 10), v(2), true, true);
    expect(out.map((t) => t.discount)).toEqual([0, 0]);
    expect(out[0].returns[0]).toBeCloseTo(1.9);
    expect(out[0].returns[1]).toBeCloseTo(19);
  });
});

describe('ReplayBuffer', () => {
  it('keeps the latest `capacity` transitions and samples rows intact', () => {
    const buf = new ReplayBuffer(3, 2, 1, 1);
    for (let i = 0; i < 5; i++) buf.insert({ obs: Float32Array.of(i, -i), action: v(i), returns: v(10 * i), discount: 0.5, next: Float32Array.of(i + 1, 0) });
    expect(buf.size).toBe(3);
    const b = buf.sample(50, new Rng(1));
    const seen = new Set<number>();
    for (let j = 0; j < 50; j++) {
      const i = b.obs[2 * j];
      seen.add(i);
      expect(b.obs[2 * j + 1]).toBe(-i);
      expect(b.returns[j]).toBe(10 * i);
      expect(b.next[2 * j]).toBe(i + 1);
    }
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });
});
