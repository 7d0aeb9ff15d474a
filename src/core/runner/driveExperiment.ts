/**
 * Runs one experiment generator to its end under a RunControl: the loop shared
 * by the worker, Node tests, `npm run claims` and the benchmark. It stops the
 * run on a non-finite metric with a readable message, counts live tensors, and
 * hands throttled event batches and status changes to its caller.
 *
 * Live fields change only at step boundaries: right after a metrics row, before
 * the generator resumes. There the driver applies the tweaks the run's link
 * scheduled for that point and the reader's edits waiting in the RunControl,
 * and reports each as a Tweak. Since a generator runs deterministically between
 * two yields, replaying a tweak list reproduces the run exactly.
 */
import type { BackendName } from '../backend/backendNames';
import type { Experiment, Tf } from '../experiment';
import { Rng } from '../rng';
import type { Tweak } from '../params/tweaks';
import type { NamedWeights } from '../weights/namedWeights';
import { EventBatcher } from './EventBatcher';
import { IDLE_STATUS, type EventBatch, type RunStatus } from './protocol';
import type { RunControl } from './RunControl';
import { yieldToEventLoop } from './yieldToEventLoop';

export interface DriveOptions<P> {
  experiment: Experiment<P>;
  params: P;
  seed: number;
  tf: Tf;
  backend: BackendName;
  control: RunControl;
  /** Live changes to replay, each after its count of metrics rows (a tweaked run's link). */
  tweaks?: readonly Tweak[];
  /** Weights to start from (RunContext.weights). */
  weights?: NamedWeights;
  /** Continue a stopped run after its checkpoint (with `weights` from it): its step and the rows kept before it. */
  resume?: { step: number; rows: number };
  onBatch?: (batch: EventBatch) => void;
  onStatus?: (status: RunStatus) => void;
  flushMs?: number;
  /** Longest stretch without letting messages in, in ms. */
  yieldEveryMs?: number;
}

export function nonFiniteMessage(step: number, key: string, value: number): string {
  const what = Number.isNaN(value) ? 'NaN' : value > 0 ? '+Infinity' : '-Infinity';
  return (
    `Stopped at step ${step}: ${key} became ${what}. ` +
    'Training diverged; try a lower learning rate or a different seed, then reset.'
  );
}

export async function driveExperiment<P extends object>(opts: DriveOptions<P>): Promise<RunStatus> {
  const { tf, control } = opts;
  control.startClock();
  const status: RunStatus = { ...IDLE_STATUS, state: 'running', step: opts.resume?.step ?? 0, rows: opts.resume?.rows ?? 0 };
  const report = (patch: Partial<RunStatus>) => {
    Object.assign(status, patch, { tensors: tf.memory().numTensors, activeMs: control.activeMs() });
    opts.onStatus?.({ ...status });
  };
  const batcher = new EventBatcher((b) => opts.onBatch?.(b), opts.flushMs ?? 100);
  const yieldEvery = opts.yieldEveryMs ?? 30;
  let live = opts.params;
  let scheduled = [...(opts.tweaks ?? [])].sort((a, b) => a.after - b.after);
  // At a step boundary: the link's tweaks due here, then the reader's edits (which
  // also cancel the link's later changes of the same field: the reader's value wins).
  const applyDueChanges = () => {
    const due = scheduled.filter((t) => t.after <= status.rows);
    scheduled = scheduled.filter((t) => t.after > status.rows);
    const edits = control.takeEdits();
    if (edits.length) scheduled = scheduled.filter((t) => !edits.some((e) => e.name === t.name));
    for (const { name, value } of [...due, ...edits]) {
      if (Reflect.get(live, name) === value) continue;
      live = { ...live, [name]: value };
      batcher.tweak({ after: status.rows, step: status.step, name, value });
    }
  };
  const gen = opts.experiment(opts.params, {
    tf,
    rng: new Rng(opts.seed),
    backend: opts.backend,
    signal: control.signal,
    live: () => live,
    weights: opts.weights,
    resumeAfter: opts.resume?.step,
  });

  report({ state: control.state === 'paused' ? 'paused' : 'running' });
  let lastYield = performance.now();
  let lastStatus = lastYield;
  // A `segment` event: the next metrics row starts a new model, whose tensors are its own.
  let newSegment = false;
  // True before the first event and right after each metrics row.
  let atBoundary = true;
  try {
    for (;;) {
      // Changes made while the step ran take effect here, before any pause, so a single
      // step shows its change at once; those made during a pause, after it.
      if (atBoundary) applyDueChanges();
      if (control.state === 'paused') {
        batcher.flush();
        if (status.state !== 'paused') report({ state: 'paused' });
        if (!(await control.gate())) break;
        report({ state: 'running' });
      }
      if (control.state === 'stopped') break;
      if (atBoundary) applyDueChanges();
      atBoundary = false;
      const next = await gen.next();
      if (next.done) break;
      const event = next.value;
      if (event.kind === 'metrics') {
        const bad = Object.entries(event.values).find(([, v]) => !Number.isFinite(v));
        if (bad) {
          batcher.push(event, control.activeMs());
          batcher.flush();
          report({ state: 'error', step: event.step, message: nonFiniteMessage(event.step, bad[0], bad[1]) });
          await gen.return();
          return { ...status };
        }
        status.step = event.step;
        status.tensorsAtLastStep = tf.memory().numTensors;
        // A new segment (e.g. the next model of a family, of another size) restarts the leak baseline.
        if (newSegment) status.tensorsAtFirstStep = status.tensorsAtLastStep;
        newSegment = false;
        status.tensorsAtFirstStep ??= status.tensorsAtLastStep;
        status.rows += 1;
        atBoundary = true;
        control.stepDone();
      }
      if (event.kind === 'segment') newSegment = true;
      if (event.kind === 'checkpoint') batcher.checkpoint({ step: event.step, rows: status.rows, weights: event.weights });
      else batcher.push(event, control.activeMs());
      if (event.kind === 'metrics' && performance.now() - lastStatus > (opts.flushMs ?? 100)) {
        report({});
        lastStatus = performance.now();
      }
      if (performance.now() - lastYield > yieldEvery) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
    }
    batcher.flush();
    if (control.state === 'stopped') {
      await gen.return();
      report({ state: 'stopped' });
    } else report({ state: 'done' });
  } catch (err) {
    batcher.flush();
    report({ state: 'error', message: err instanceof Error ? err.message : String(err) });
  }
  return { ...status };
}
