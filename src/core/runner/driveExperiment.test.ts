import { describe, expect, it } from 'vitest';
import type { Experiment, RunEvent } from '../experiment';
import { initNodeBackend } from '../backend/nodeBackend';
import { driveExperiment } from './driveExperiment';
import type { EventBatch, RunStatus } from './protocol';
import { RunControl } from './RunControl';
import { firstRows, liveFieldEffect } from './testing';

/** Fits y = 3x by gradient descent: a real, tiny training loop. */
const regression: Experiment<{ steps: number; lr: number }> = async function* (params, ctx) {
  const { tf } = ctx;
  const w = tf.tidy(() => tf.variable(tf.scalar(0)));
  const xs = tf.tensor1d([1, 2, 3, 4]);
  const ys = tf.tensor1d([3, 6, 9, 12]);
  try {
    for (let step = 1; step <= params.steps; step++) {
      const lossT = tf.tidy(() => {
        const { value, grads } = tf.variableGrads(() => tf.losses.meanSquaredError(ys, tf.mul(w, xs)));
        w.assign(tf.sub(w, tf.mul(grads[w.name], ctx.live().lr)));
        return value;
      });
      const loss = (await lossT.data())[0];
      lossT.dispose();
      yield { kind: 'metrics', step, values: { loss } };
      yield { kind: 'progress', done: step, total: params.steps };
    }
    yield { kind: 'artifact', name: 'w', data: (await w.data())[0] };
  } finally {
    tf.dispose([w, xs, ys]);
  }
};

async function drive(params: { steps: number; lr: number }, control = new RunControl()) {
  const tf = await initNodeBackend('cpu');
  const batches: EventBatch[] = [];
  const statuses: RunStatus[] = [];
  const final = await driveExperiment({
    experiment: regression, params, seed: 1, tf, backend: 'cpu', control,
    onBatch: (b) => batches.push(b), onStatus: (s) => statuses.push(s), flushMs: 0,
  });
  return { final, batches, statuses, tf };
}

describe('driveExperiment', () => {
  it('runs to the end, delivers every metrics row, and leaks no tensors', async () => {
    const tf = await initNodeBackend('cpu');
    const before = tf.memory().numTensors;
    const { final, batches } = await drive({ steps: 30, lr: 0.02 });
    expect(final.state).toBe('done');
    const rows = batches.flatMap((b) => b.metrics);
    expect(rows.map((r) => r.step)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(rows[29].values.loss).toBeLessThan(rows[0].values.loss / 100);
    const w = batches.map((b) => b.artifacts.w).find((x) => x !== undefined);
    expect(w).toBeCloseTo(3, 2);
    expect(final.tensorsAtLastStep).toBe(final.tensorsAtFirstStep);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops on a NaN loss with a readable message', async () => {
    const { final } = await drive({ steps: 400, lr: 10 });
    expect(final.state).toBe('error');
    expect(final.message).toMatch(/loss became (NaN|\+Infinity)/);
    expect(final.message).toMatch(/lower learning rate/);
  });

  it('pauses, single-steps one metrics step at a time, and resumes', async () => {
    const control = new RunControl(true);
    const run = drive({ steps: 5, lr: 0.01 }, control);
    const seen = () => run; // keep the promise alive
    await new Promise((r) => setTimeout(r, 20));
    control.step();
    await new Promise((r) => setTimeout(r, 20));
    expect(control.state).toBe('paused');
    control.step();
    await new Promise((r) => setTimeout(r, 20));
    control.resume();
    const { final, batches, statuses } = await seen();
    expect(final.state).toBe('done');
    const stepsWhilePaused = statuses.filter((s) => s.state === 'paused').map((s) => s.step);
    expect(stepsWhilePaused).toEqual([0, 1, 2]);
    expect(batches.flatMap((b) => b.metrics)).toHaveLength(5);
  });

  it('stops early and still runs the experiment cleanup', async () => {
    const tf = await initNodeBackend('cpu');
    const before = tf.memory().numTensors;
    const control = new RunControl();
    const events: RunEvent[] = [];
    const final = await driveExperiment({
      experiment: regression, params: { steps: 100_000, lr: 0.001 }, seed: 1, tf, backend: 'cpu', control,
      onBatch: (b) => {
        events.push(...b.metrics);
        if (events.length > 10) control.stop();
      },
      flushMs: 0,
    });
    expect(final.state).toBe('stopped');
    expect(final.step).toBeLessThan(1000);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports a thrown error as the run error', async () => {
    const tf = await initNodeBackend('cpu');
    // eslint-disable-next-line require-yield
    const broken: Experiment<object> = async function* () {
      throw new Error('corpus too small for seqLen 512');
    };
    const final = await driveExperiment({ experiment: broken, params: {}, seed: 1, tf, backend: 'cpu', control: new RunControl() });
    expect(final).toMatchObject({ state: 'error', message: 'corpus too small for seqLen 512' });
  });
});

describe('driveExperiment segments', () => {
  it('restarts the tensor-leak baseline when a metrics row starts a new segment', async () => {
    const tf = await initNodeBackend('cpu');
    // Two "models" of different sizes, one after the other; neither leaks.
    const family: Experiment<object> = async function* () {
      for (const [k, size] of [[0, 1], [1, 3]] as const) {
        const weights = Array.from({ length: size }, () => tf.tidy(() => tf.variable(tf.zeros([2]))));
        try {
          yield { kind: 'segment', label: `model ${k}` };
          for (let s = 0; s < 3; s++) yield { kind: 'metrics', step: k * 3 + s + 1, values: { loss: 1 } };
        } finally {
          tf.dispose(weights);
        }
      }
    };
    const final = await driveExperiment({ experiment: family, params: {}, seed: 1, tf, backend: 'cpu', control: new RunControl() });
    expect(final.state).toBe('done');
    expect(final.tensorsAtLastStep).toBe(final.tensorsAtFirstStep);
  });

  describe('live changes (tweaks)', () => {
    it('applies a reader\'s edit at the next step boundary, reports it, and a replay of the list gives the same run bit for bit', async () => {
      const tf = await initNodeBackend('cpu');
      const control = new RunControl();
      const rows: { step: number; values: Record<string, number> }[] = [];
      const tweaks: EventBatch['tweaks'] = [];
      await driveExperiment({
        experiment: regression, params: { steps: 12, lr: 0.01 }, seed: 1, tf, backend: 'cpu', control, flushMs: 0,
        onBatch: (b) => {
          rows.push(...b.metrics);
          tweaks.push(...b.tweaks);
          // Mid-run, between boundaries: the edits wait for the next one.
          if (b.metrics.some((m) => m.step === 4)) control.edit('lr', 0.03);
          if (b.metrics.some((m) => m.step === 8)) {
            control.edit('lr', 0.05);
            control.edit('lr', 0.02);
          }
        },
      });
      expect(tweaks).toEqual([
        { after: 4, step: 4, name: 'lr', value: 0.03 },
        { after: 8, step: 8, name: 'lr', value: 0.02 },
      ]);
      const replay = await firstRows(regression, { steps: 12, lr: 0.01 }, { tf, backend: 'cpu', seed: 1, rows: 12, tweaks });
      expect(replay.tweaks).toEqual(tweaks);
      expect(replay.rows).toEqual(rows.map(({ step, values }) => ({ step, values })));
    });

    it('an edit made before the run starts (while its module loads) applies from the first step, and replays the same', async () => {
      const control = new RunControl();
      control.edit('lr', 0.03);
      const { batches, tf } = await drive({ steps: 6, lr: 0.01 }, control);
      const rows = batches.flatMap((b) => b.metrics);
      const tweaks = batches.flatMap((b) => b.tweaks);
      expect(tweaks).toEqual([{ after: 0, step: 0, name: 'lr', value: 0.03 }]);
      const started = await firstRows(regression, { steps: 6, lr: 0.03 }, { tf, backend: 'cpu', seed: 1, rows: 6 });
      expect(rows.map(({ step, values }) => ({ step, values }))).toEqual(started.rows);
      const replay = await firstRows(regression, { steps: 6, lr: 0.01 }, { tf, backend: 'cpu', seed: 1, rows: 6, tweaks });
      expect(replay.rows).toEqual(started.rows);
    });

    it('a reader\'s edit cancels the link\'s later changes of the same field', async () => {
      const tf = await initNodeBackend('cpu');
      const control = new RunControl();
      const tweaks: EventBatch['tweaks'] = [];
      await driveExperiment({
        experiment: regression, params: { steps: 10, lr: 0.01 }, seed: 1, tf, backend: 'cpu', control, flushMs: 0,
        tweaks: [{ after: 2, step: 2, name: 'lr', value: 0.02 }, { after: 8, step: 8, name: 'lr', value: 0.04 }],
        onBatch: (b) => {
          tweaks.push(...b.tweaks);
          if (b.metrics.some((m) => m.step === 5)) control.edit('lr', 0.001);
        },
      });
      expect(tweaks.map((t) => [t.after, t.value])).toEqual([[2, 0.02], [5, 0.001]]);
    });

    it('liveFieldEffect tells a field the run reads from one it ignores', async () => {
      const tf = await initNodeBackend('cpu');
      const o = { tf, backend: 'cpu' as const, seed: 1, rows: 6 };
      const lr = await liveFieldEffect(regression, { steps: 10, lr: 0.01 }, { name: 'lr', value: 0.03, after: 3 }, o);
      expect(lr).toMatchObject({ sameBefore: true, differsAfter: true });
      const steps = await liveFieldEffect(regression, { steps: 10, lr: 0.01 }, { name: 'steps', value: 11, after: 3 }, o);
      expect(steps.differsAfter).toBe(false);
    });
  });
});
