/**
 * What the runner tells the page. Events are throttled into batches; status
 * changes are sent at once.
 */
import type { BackendName } from '../backend/backendNames';
import type { ArtifactTypes, MetricValues } from '../experiment';
import type { Tweak } from '../params/tweaks';
import type { NamedWeights } from '../weights/namedWeights';

export type RunState = 'idle' | 'starting' | 'running' | 'paused' | 'done' | 'stopped' | 'error';

export interface RunStatus {
  state: RunState;
  /** Readable reason for 'error' (NaN loss, lost GPU device, a thrown error). */
  message?: string;
  /** Last metrics step seen. */
  step: number;
  /** Metrics rows so far (a step may report more than one: training and evaluation). */
  rows: number;
  /** Live tensors now, after the first metrics step and after the latest one (a leak shows as growth). */
  tensors: number;
  tensorsAtFirstStep: number | null;
  tensorsAtLastStep: number | null;
  /** Time spent running, excluding pauses, in ms. */
  activeMs: number;
}

export interface Progress {
  done: number;
  total: number;
  label?: string;
  /** Active running time when this progress was reported, in ms. */
  activeMs: number;
}

/**
 * One throttled delivery: every metrics row and applied tweak, the latest
 * progress, the latest artifact per name. Erased on the wire; typed by the
 * page that started the run (RunRecorder.ts, typedBatch).
 */
export interface EventBatch<A extends object = ArtifactTypes, M extends string = string> {
  metrics: { kind: 'metrics'; step: number; values: MetricValues<M> }[];
  /** Live changes applied since the last batch (the reader's, or replayed from the run's link). */
  tweaks: Tweak[];
  progress: Progress | null;
  artifacts: Partial<A>;
  /** The latest point the run can be resumed from, if it sent one since the last batch. */
  checkpoint: Checkpoint | null;
}

/** Where a run can be resumed: after `step`, with `rows` metrics rows kept, from these weights (RunContext.resumeAfter). */
export interface Checkpoint {
  step: number;
  rows: number;
  weights: NamedWeights;
}

export interface AdapterInfo {
  vendor: string;
  architecture: string;
  device: string;
  description: string;
  /** A software rasteriser (SwiftShader, llvmpipe) or an adapter that says it is a fallback. */
  software: boolean;
  limits: Record<string, number>;
}

export interface BackendReport {
  active: BackendName;
  /** Backends that initialised and passed the smoke test in this browser. */
  available: BackendName[];
  adapter: AdapterInfo | null;
  /** Why we are not on the first choice, in words. */
  notices: string[];
}

export const IDLE_STATUS: RunStatus = {
  state: 'idle',
  step: 0,
  rows: 0,
  tensors: 0,
  tensorsAtFirstStep: null,
  tensorsAtLastStep: null,
  activeMs: 0,
};

/** A run that has started and not ended: starting, running or paused. */
export function inProgress(state: RunStatus['state']): boolean {
  return state === 'starting' || state === 'running' || state === 'paused';
}

/** Seconds left, from the active time so far; null until there is a rate. */
export function etaSeconds(p: Progress | null): number | null {
  if (!p || p.done <= 0 || p.total <= p.done || p.activeMs <= 0) return null;
  return ((p.activeMs / p.done) * (p.total - p.done)) / 1000;
}
