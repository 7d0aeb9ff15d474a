/**
 * The Device page's micro-benchmark as an experiment: square matmul
 * throughput (2n^3 FLOPs per product) and the wall time of one training step
 * of a 3-layer MLP, each timed until the backend has finished (data read back).
 *
 * One timing repeats its operation until at least MIN_TIMING_MS have passed:
 * a browser coarsens `performance.now()` (to 100 µs without cross-origin
 * isolation), and a 64×64 product on WASM takes less than that, so a single
 * call could read as 0 ms and an infinite throughput.
 */
import { defineExperiment } from '../experiment';
import { defineSchema, int, num, type ParamsOf } from '../params/schema';
import type { Presets } from '../params/presets';
import { makeMlp } from './mlp';
import type { Rank } from '@tensorflow/tfjs-core';

export const deviceSchema = defineSchema({
  matmulSize: int({ key: 'n', label: 'Matmul size', default: 512, min: 32, max: 2048, log: true, unit: 'n x n', help: 'Square matrices multiplied per timing.' }),
  mlpWidth: int({ key: 'width', label: 'MLP width', default: 256, min: 8, max: 2048, log: true, unit: 'units' }),
  batch: int({ key: 'batch', label: 'Batch size', default: 128, min: 1, max: 2048, log: true, unit: 'examples' }),
  lr: num({ key: 'lr', label: 'Learning rate', default: 0.01, min: 1e-5, max: 1, log: true, live: true, help: 'SGD step size of the MLP; it may change mid-run.' }),
  repeats: int({ key: 'reps', label: 'Repeats', default: 10, min: 1, max: 200, unit: 'timings' }),
});

export type DeviceParams = ParamsOf<typeof deviceSchema>;

export const devicePresets: Presets<DeviceParams> = {
  tiny: { reason: 'Seconds on a software GPU: for tests and CI.', params: { matmulSize: 64, mlpWidth: 32, batch: 16, repeats: 3 } },
  default: { reason: 'A quick, fair reading on a laptop GPU.', params: {} },
  heavy: { reason: 'Large enough to saturate a desktop GPU.', params: { matmulSize: 2048, mlpWidth: 1024, batch: 1024, repeats: 20 } },
};

export interface DeviceSummary {
  backend: string;
  /** Median over repeats. */
  matmulGflops: number;
  mlpStepMs: number;
}

/** Shortest wall time one timing covers; well above any browser's timer resolution. */
export const MIN_TIMING_MS = 5;

/** Calls `op` until MIN_TIMING_MS have passed (at least once); resolves to the mean ms per call and the last result. */
async function timeRepeated<T>(op: () => Promise<T>): Promise<{ ms: number; last: T }> {
  const t0 = performance.now();
  let calls = 0;
  let last: T;
  do {
    last = await op();
    calls++;
  } while (performance.now() - t0 < MIN_TIMING_MS);
  return { ms: (performance.now() - t0) / calls, last };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface DeviceArtifacts {
  summary: DeviceSummary;
}
export type DeviceMetric = 'matmulGflops' | 'mlpStepMs' | 'loss';

export const deviceBench = defineExperiment<DeviceArtifacts, DeviceMetric>()({
  schema: deviceSchema,
  presets: devicePresets,
  run: async function* (params, ctx) {
    const { tf, rng } = ctx;
    const n = params.matmulSize;
    const a = tf.randomNormal([n, n], 0, 1, 'float32', rng.tfSeed());
    const b = tf.randomNormal([n, n], 0, 1, 'float32', rng.tfSeed());
    const x = tf.randomNormal<Rank.R2>([params.batch, params.mlpWidth], 0, 1, 'float32', rng.tfSeed());
    const y = tf.randomNormal<Rank.R2>([params.batch, 1], 0, 1, 'float32', rng.tfSeed());
    const mlp = makeMlp(tf, rng.fork('mlp'), [params.mlpWidth, params.mlpWidth, params.mlpWidth, 1]);
    const gflops: number[] = [];
    const stepMs: number[] = [];
    try {
      // Warm-up compiles shaders and allocates buffers; it is not timed.
      const warm = tf.matMul(a, b);
      await warm.data();
      warm.dispose();
      await mlp.step(x, y, ctx.live().lr);
      for (let r = 1; r <= params.repeats; r++) {
        if (ctx.signal.aborted) return;
        const matmul = await timeRepeated(async () => {
          const c = tf.matMul(a, b);
          await c.data();
          c.dispose();
        });
        const lr = ctx.live().lr;
        const { ms, last: loss } = await timeRepeated(() => mlp.step(x, y, lr));
        gflops.push((2 * n ** 3) / (matmul.ms * 1e6));
        stepMs.push(ms);
        yield { kind: 'metrics', step: r, values: { matmulGflops: gflops[r - 1], mlpStepMs: ms, loss } };
        yield { kind: 'progress', done: r, total: params.repeats, label: `${ctx.backend}: timing ${r} of ${params.repeats}` };
      }
      const summary: DeviceSummary = { backend: ctx.backend, matmulGflops: median(gflops), mlpStepMs: median(stepMs) };
      yield { kind: 'artifact', name: 'summary', data: summary };
    } finally {
      tf.dispose([a, b, x, y]);
      mlp.dispose();
    }
  },
});
