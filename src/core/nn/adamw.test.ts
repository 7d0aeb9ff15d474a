import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../backend/nodeBackend';
import { AdamW } from './adamw';
import { Rng } from '../rng';
import { createWeight, type Weight } from './weight';

await initNodeBackend('cpu');

describe('AdamW', () => {
  it('scales the step of the parameters lrScale names, and only theirs', async () => {
    const fast: Weight = { name: 'fast.posbias', variable: tf.variable(tf.scalar(0)), decay: false };
    const slow: Weight = { name: 'slow', variable: tf.variable(tf.scalar(0)), decay: false };
    const opt = new AdamW([fast, slow], { lrScale: (p) => (p.name.endsWith('posbias') ? 25 : 1) });
    const grads = { [fast.variable.name]: tf.scalar(-2), [slow.variable.name]: tf.scalar(-2) };
    opt.apply(grads, 0.01); // Adam's first step is lr · sign(g)
    expect((await fast.variable.data())[0]).toBeCloseTo(0.25, 5);
    expect((await slow.variable.data())[0]).toBeCloseTo(0.01, 5);
    tf.dispose([...Object.values(grads), fast.variable, slow.variable]);
    opt.dispose();
  });

  it('takes new multipliers from setLrScale at the next update, keeping its moments', async () => {
    const fast: Weight = { name: 'fast.posbias', variable: tf.variable(tf.scalar(0)), decay: false };
    const slow: Weight = { name: 'slow', variable: tf.variable(tf.scalar(0)), decay: false };
    const opt = new AdamW([fast, slow], { lrScale: (p) => (p.name.endsWith('posbias') ? 25 : 1) });
    const grads = { [fast.variable.name]: tf.scalar(-2), [slow.variable.name]: tf.scalar(-2) };
    opt.apply(grads, 0.01);
    opt.setLrScale((p) => (p.name.endsWith('posbias') ? 2 : 1));
    opt.apply(grads, 0.01); // a constant gradient: Adam's step stays lr · sign(g)
    expect((await fast.variable.data())[0]).toBeCloseTo(0.25 + 0.02, 5);
    expect((await slow.variable.data())[0]).toBeCloseTo(0.02, 5);
    expect(opt.step).toBe(2);
    tf.dispose([...Object.values(grads), fast.variable, slow.variable]);
    opt.dispose();
  });

  it('hands its state to a fresh optimiser, which then updates exactly as the original would', async () => {
    const make = (name: string) => createWeight(name, [2, 3], { kind: 'normal', std: 1 }, new Rng(5), true);
    const a = make('w'), b = make('w');
    const optA = new AdamW([a], { weightDecay: 0.1 }), optB = new AdamW([b], { weightDecay: 0.1 });
    const grad = (k: number) => ({ [a.variable.name]: tf.fill([2, 3], 0.3 * k - 0.5), [b.variable.name]: tf.fill([2, 3], 0.3 * k - 0.5) });
    for (let k = 0; k < 3; k++) optA.apply(grad(k), 0.01);
    b.variable.assign(a.variable);
    const state = await optA.readState();
    expect(Object.keys(state).sort()).toEqual(['adamw.m.w', 'adamw.t', 'adamw.v.w']);
    optB.loadState(state);
    expect(optB.step).toBe(3);
    optA.apply(grad(3), 0.01);
    optB.apply(grad(3), 0.01);
    expect(Array.from(await b.variable.data())).toEqual(Array.from(await a.variable.data()));
    expect(() => optB.loadState({ 'adamw.t': state['adamw.t'] })).toThrow(/lacks 'adamw.m.w'/);
    expect(() => optB.loadState({})).toThrow(/no optimiser step count/);
    tf.dispose([a.variable, b.variable]);
    optA.dispose();
    optB.dispose();
  });

  it('matches a hand-computed update on scalars, decaying only decay params', async () => {
    const w: Weight = { name: 'w', variable: tf.variable(tf.scalar(1)), decay: true };
    const b: Weight = { name: 'b', variable: tf.variable(tf.scalar(1)), decay: false };
    const opt = new AdamW([w, b], { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.1 });
    const lr = 0.1;
    const step = (g: number): void => {
      const grads = { [w.variable.name]: tf.scalar(g), [b.variable.name]: tf.scalar(g) };
      opt.apply(grads, lr);
      tf.dispose(Object.values(grads));
    };

    // Step 1, g = 0.5: m = 0.05, v = 0.00025; m̂ = 0.05/0.1 = 0.5, v̂ = 0.00025/0.001 = 0.25.
    step(0.5);
    const adam1 = 0.5 / (Math.sqrt(0.25) + 1e-8); // ≈ 1
    expect((await w.variable.data())[0]).toBeCloseTo(1 - lr * (adam1 + 0.1 * 1), 6); // 0.89
    expect((await b.variable.data())[0]).toBeCloseTo(1 - lr * adam1, 6); // 0.9

    // Step 2, g = -0.2: m = 0.9·0.05 + 0.1·(-0.2) = 0.025; v = 0.999·0.00025 + 0.001·0.04 = 0.00028975.
    step(-0.2);
    const mHat = 0.025 / (1 - 0.9 ** 2); // 0.1315789
    const vHat = 0.00028975 / (1 - 0.999 ** 2); // 0.1449475
    const adam2 = mHat / (Math.sqrt(vHat) + 1e-8); // 0.345604
    const w1 = 1 - lr * (adam1 + 0.1);
    const b1 = 1 - lr * adam1;
    expect((await w.variable.data())[0]).toBeCloseTo(w1 - lr * (adam2 + 0.1 * w1), 5); // 0.84654
    expect((await b.variable.data())[0]).toBeCloseTo(b1 - lr * adam2, 5);
    expect(opt.step).toBe(2);

    opt.dispose();
    w.variable.dispose();
    b.variable.dispose();
  });

  it('creates its moment buffers without leaking tensors', () => {
    const before = tf.memory().numTensors;
    const p = createWeight('p', [3, 4], { kind: 'normal', std: 1 }, new Rng(1), true);
    expect(tf.memory().numTensors).toBe(before + 1);
    const opt = new AdamW([p]);
    expect(tf.memory().numTensors).toBe(before + 3);
    opt.dispose();
    p.variable.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
