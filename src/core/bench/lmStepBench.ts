/**
 * One training step of the shared transformer LM (core/lm: forward, backward,
 * AdamW), measured on the active backend: the kernels it launches (counted
 * with tf.profile: every kernel is at least one dispatch on WebGPU), wall time
 * per step (until the loss is read back), tokens/s, and model FLOP/s
 * (Chinchilla's Appendix F count, 3x forward) against a plain square matmul
 * timed in the same run on the same backend.
 * Uses only core/lm's public API, so the same file measures older commits.
 */
import type { Tf } from '../experiment';
import { AdamW, TransformerLM, trainStep, trainingFlopsPerToken, type Batch, type LMConfig } from '../lm';
import { Rng } from '../rng';

export interface LMStepCase {
  id: string;
  /** What the case stands for, e.g. "largest model of the Chinchilla default sweep". */
  label: string;
  cfg: LMConfig;
  batchSize: number;
  /** Global-norm clip as the paper trains (0: none). */
  clipNorm: number;
}

export interface LMStepResult {
  id: string;
  label: string;
  backend: string;
  /** Kernels one training step launches (tf.profile), and how many of each. */
  kernels: number;
  kernelsByName: Record<string, number>;
  steps: number;
  msPerStep: number;
  /**
   * CPU time of this process per step, ms (Node only; null elsewhere). On a
   * shared, loaded machine wall time swings with the load; CPU time much less,
   * so side-by-side comparisons read this one.
   */
  cpuMsPerStep: number | null;
  tokensPerSec: number;
  modelFlopsPerSec: number;
  /** True when the time cap ended the timing before the asked number of steps. */
  capped: boolean;
  /** Tensors alive after the last timed step minus after the first step (0: no leak). */
  leakedTensors: number;
}

export interface StepTiming {
  steps: number;
  /** Cap on the timed loop, seconds; at least one step is always timed. */
  maxSeconds: number;
}

/** User + system CPU time of this process, ms, where the runtime reports it (Node). */
function cpuMs(): number | null {
  const usage = globalThis.process?.cpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : null;
}

function randomBatch(rng: Rng, cfg: LMConfig, B: number): Batch {
  const x = new Int32Array(B * cfg.seqLen);
  const y = new Int32Array(B * cfg.seqLen);
  for (let i = 0; i < x.length; i++) {
    x[i] = rng.int(cfg.vocabSize);
    y[i] = rng.int(cfg.vocabSize);
  }
  return { x, y, batchSize: B, seqLen: cfg.seqLen };
}

/** Median wall time of a square n x n matmul (read back), as FLOP/s: 2 n^3 per product. */
export async function matmulFlopsPerSec(tf: Tf, n: number, repeats = 5): Promise<number> {
  const rng = new Rng(7);
  const fill = (): Float32Array => Float32Array.from({ length: n * n }, () => rng.normal());
  const a = tf.tensor2d(fill(), [n, n]);
  const b = tf.tensor2d(fill(), [n, n]);
  const times: number[] = [];
  try {
    for (let r = 0; r <= repeats; r++) {
      const t0 = performance.now();
      const c = tf.matMul(a, b);
      await c.data();
      c.dispose();
      if (r > 0) times.push(performance.now() - t0); // r = 0 compiles and allocates
    }
  } finally {
    tf.dispose([a, b]);
  }
  times.sort((p, q) => p - q);
  return (2 * n ** 3) / (times[times.length >> 1] / 1000);
}

export async function benchLMStep(tf: Tf, c: LMStepCase, timing: StepTiming): Promise<LMStepResult> {
  const rng = new Rng(1);
  const model = new TransformerLM(c.cfg, rng.fork('model'));
  const opt = new AdamW(model.weights);
  const batch = randomBatch(rng.fork('data'), c.cfg, c.batchSize);
  const opts = c.clipNorm > 0 ? { clipNorm: c.clipNorm } : {};
  const step = async (): Promise<void> => {
    const loss = trainStep(model, opt, batch, 1e-3, opts);
    await loss.data();
    loss.dispose();
  };
  try {
    await step(); // compiles shaders, allocates buffers: not counted, not timed
    const tensorsAfterFirst = tf.memory().numTensors;
    const profile = await tf.profile(step);
    const kernelsByName: Record<string, number> = {};
    for (const k of profile.kernels) kernelsByName[k.name] = (kernelsByName[k.name] ?? 0) + 1;
    let steps = 0;
    const cpu0 = cpuMs();
    const t0 = performance.now();
    while (steps < timing.steps && (steps === 0 || performance.now() - t0 < timing.maxSeconds * 1000)) {
      await step();
      steps++;
    }
    const ms = (performance.now() - t0) / steps;
    const cpu1 = cpuMs();
    const cpuMsPerStep = cpu0 !== null && cpu1 !== null ? (cpu1 - cpu0) / steps : null;
    const tokensPerSec = (c.batchSize * c.cfg.seqLen) / (ms / 1000);
    return {
      id: c.id, label: c.label, backend: tf.getBackend(),
      kernels: profile.kernels.length, kernelsByName,
      steps, msPerStep: ms, cpuMsPerStep, tokensPerSec,
      modelFlopsPerSec: tokensPerSec * trainingFlopsPerToken(c.cfg),
      capped: steps < timing.steps,
      leakedTensors: tf.memory().numTensors - tensorsAfterFirst,
    };
  } finally {
    opt.dispose();
    model.dispose();
  }
}

/** What the bench needs of a core/lm module: this checkout's, or another commit's loaded beside it. */
export interface LMApi {
  /** A model's trainable tensors are `weights`; commits before the rename called them `params`. */
  TransformerLM: new (cfg: LMConfig, rng: Rng) => ({ weights: readonly unknown[] } | { params: readonly unknown[] }) & { dispose(): void };
  AdamW: new (weights: never) => { dispose(): void };
  trainStep: (model: never, opt: never, batch: Batch, lr: number, opts: { clipNorm?: number }) => { data(): Promise<unknown>; dispose(): void };
}

export function isLMApi(m: unknown): m is LMApi {
  if (typeof m !== 'object' || m === null) return false;
  return ['TransformerLM', 'AdamW', 'trainStep'].every((k) => k in m && typeof Reflect.get(m, k) === 'function');
}

export interface SideBySide {
  /** Wall and CPU ms per step of the baseline and of this checkout, timed alternately in one process. */
  baseMsPerStep: number;
  baseCpuMsPerStep: number | null;
  msPerStep: number;
  cpuMsPerStep: number | null;
  steps: number;
}

/**
 * Times the same case with two core/lm modules, one step of each in turn, so
 * the machine's load falls on both alike (the fair comparison on a shared machine).
 */
export async function sideBySide(c: LMStepCase, base: LMApi, mine: LMApi, timing: StepTiming): Promise<SideBySide> {
  const make = (api: LMApi) => {
    const rng = new Rng(1);
    const model = new api.TransformerLM(c.cfg, rng.fork('model'));
    // Each module's AdamW takes its own model's weights: the types of two checkouts cannot be told equal.
    const opt = Reflect.construct(api.AdamW, ['weights' in model ? model.weights : model.params]) as { dispose(): void };
    const batch = randomBatch(rng.fork('data'), c.cfg, c.batchSize);
    const opts = c.clipNorm > 0 ? { clipNorm: c.clipNorm } : {};
    const step = async (): Promise<[number, number | null]> => {
      const [w0, c0] = [performance.now(), cpuMs()];
      const loss = Reflect.apply(api.trainStep, undefined, [model, opt, batch, 1e-3, opts]) as { data(): Promise<unknown>; dispose(): void };
      await loss.data();
      loss.dispose();
      const c1 = cpuMs();
      return [performance.now() - w0, c0 !== null && c1 !== null ? c1 - c0 : null];
    };
    return { step, dispose: () => { opt.dispose(); model.dispose(); } };
  };
  const a = make(base);
  const b = make(mine);
  try {
    await a.step();
    await b.step();
    let [wa, ca, wb, cb, steps] = [0, 0, 0, 0, 0];
    const t0 = performance.now();
    while (steps < timing.steps && (steps === 0 || performance.now() - t0 < timing.maxSeconds * 1000)) {
      const [w1, c1] = await a.step();
      const [w2, c2] = await b.step();
      [wa, ca, wb, cb] = [wa + w1, ca + (c1 ?? NaN), wb + w2, cb + (c2 ?? NaN)];
      steps++;
    }
    return {
      baseMsPerStep: wa / steps, baseCpuMsPerStep: Number.isFinite(ca) ? ca / steps : null,
      msPerStep: wb / steps, cpuMsPerStep: Number.isFinite(cb) ? cb / steps : null, steps,
    };
  } finally {
    a.dispose();
    b.dispose();
  }
}
