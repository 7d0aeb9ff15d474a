/**
 * Test helpers for claims, in Node: a claim context on a given engine and
 * seed, and the check every cached claims run owes: stopped before it starts,
 * it rejects (each time: a stopped run is not cached) and leaks no tensor.
 */
import { expect } from 'vitest';
import type { ClaimContext } from './claims';
import type { Tf } from './experiment';
import { Rng } from './rng';

/** A WASM claim context for `seed`, stopped by `signal` (never, by default). */
export function testClaimContext(tf: Tf, seed = 1, signal: AbortSignal = new AbortController().signal): ClaimContext {
  return { tf, rng: new Rng(seed), backend: 'wasm', signal };
}

/** Asserts that `measure` (a claims run shared through a cache), asked to stop before it starts, rejects twice and leaks nothing. */
export async function expectStoppedRunRejected(tf: Tf, measure: (ctx: ClaimContext) => Promise<unknown>): Promise<void> {
  const before = tf.memory().numTensors;
  const stop = new AbortController();
  stop.abort();
  const ctx = testClaimContext(tf, 7, stop.signal);
  await expect(measure(ctx)).rejects.toThrow(/stopped/);
  await expect(measure(ctx), 'a second try: the stopped run must not have been cached').rejects.toThrow(/stopped/);
  expect(tf.memory().numTensors, 'tensors after the stopped runs').toBe(before);
}
