/**
 * Trained weights by name, detached from tfjs: what an experiment hands out
 * (artifact `weights`) and what a reader's weights file gives back to the next
 * run (`ctx.weights`). Loading checks every name and shape and reports what it
 * could not use, so a file from other settings never fails silently.
 */
import type * as tfc from '@tensorflow/tfjs-core';

export interface WeightTensor {
  shape: number[];
  data: Float32Array;
}

export type NamedWeights = Record<string, WeightTensor>;

/**
 * The artifacts every experiment that trains weights may emit under these
 * names: its weights, and a line saying what a loaded weights file set. A
 * paper's artifact map extends this; the notebook tools read it on any page.
 */
export interface WeightsArtifacts {
  weights: NamedWeights;
  weightsLoaded: string;
}

/** An artifact of unknown paper that really holds named weights (the notebook tools serve every page). */
export function isNamedWeights(v: unknown): v is NamedWeights {
  if (typeof v !== 'object' || v === null) return false;
  return Object.values(v).every((t: unknown) => typeof t === 'object' && t !== null && 'shape' in t && Array.isArray(t.shape) && 'data' in t && t.data instanceof Float32Array);
}

/** What a model needs to give its weights by name: core/lm's Param and the papers' layers fit this. */
export interface NamedVariable {
  readonly name: string;
  readonly variable: tfc.Variable;
}

export interface WeightsLoadReport {
  /** Names that were assigned. */
  loaded: string[];
  /** Names the model has but the file lacks (left at their initial values). */
  missing: string[];
  /** Names present in both whose shapes differ (left at their initial values). */
  mismatched: string[];
}

/** Reads a model's variables into plain arrays (awaited, never a synchronous GPU read-back). */
export async function readWeights(params: readonly NamedVariable[], prefix = ''): Promise<NamedWeights> {
  const out: NamedWeights = {};
  for (const p of params) {
    const data = await p.variable.data();
    out[prefix + p.name] = { shape: [...p.variable.shape], data: data instanceof Float32Array ? data : Float32Array.from(data as ArrayLike<number>) };
  }
  return out;
}

const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Assigns every variable whose `prefix + name` is in `weights` with the same shape. */
export function assignWeights(tf: typeof tfc, params: readonly NamedVariable[], weights: NamedWeights, prefix = ''): WeightsLoadReport {
  const report: WeightsLoadReport = { loaded: [], missing: [], mismatched: [] };
  for (const p of params) {
    const w = weights[prefix + p.name];
    if (!w) report.missing.push(p.name);
    else if (!sameShape(w.shape, p.variable.shape) || w.data.length !== p.variable.size) report.mismatched.push(p.name);
    else {
      tf.tidy(() => p.variable.assign(tf.tensor(w.data, w.shape, 'float32')));
      report.loaded.push(p.name);
    }
  }
  return report;
}

/** One line for the reader: how much of a model came from the loaded file. */
export function describeLoad(r: WeightsLoadReport, what: string): string {
  const total = r.loaded.length + r.missing.length + r.mismatched.length;
  if (r.loaded.length === total) return `${what}: all ${total} tensors from the loaded weights.`;
  const why = [r.missing.length ? `${r.missing.length} not in the file` : '', r.mismatched.length ? `${r.mismatched.length} of another shape` : ''].filter(Boolean).join(', ');
  return `${what}: ${r.loaded.length} of ${total} tensors from the loaded weights (${why}); the rest start fresh.`;
}

/**
 * Starts a model from the reader's weights when there are any: assigns what
 * matches under `prefix` and returns the line to report, or null without weights.
 */
export function startFrom(tf: typeof tfc, weights: NamedWeights | undefined, params: readonly NamedVariable[], prefix: string, what: string): string | null {
  return weights ? describeLoad(assignWeights(tf, params, weights, prefix), what) : null;
}
