/**
 * Test helpers for experiments, in Node: drive an experiment to its end and
 * count the tensors it leaves behind, drive it for its first rows (with or
 * without a tweak list), and check that a live field really changes a running
 * run (`expectLiveField` asserts it), that a finished run left nothing behind
 * (`expectCleanRun`), and that a run's tweak list reproduces it
 * (`expectTweaksReplay`). All through the same driver as the worker.
 */
import { expect, it } from 'vitest';
import type { BackendName } from '../backend/backendNames';
import type { Experiment, Tf } from '../experiment';
import type { Tweak, TweakValue } from '../params/tweaks';
import type { Checkpoint, RunStatus } from './protocol';
import type { MetricRow } from './RunRecorder';
import { withoutThroughput } from './throughput';
import { runToEnd, type FinishedRun, type RunToEndOptions } from './runToEnd';

/**
 * The whole run, typed as the experiment declares it, and how many tensors it
 * left alive (0 for an experiment that disposes what it made).
 */
export async function drive<P extends object, A extends object, M extends string>(
  experiment: Experiment<P, A, M>,
  params: P,
  o: RunToEndOptions,
): Promise<FinishedRun<A, M> & { leaked: number }> {
  const before = o.tf.memory().numTensors;
  const run = await runToEnd(experiment, params, o);
  return { ...run, leaked: o.tf.memory().numTensors - before };
}

/** Asserts that a finished run ended done, held its tensor count from its first step to its last, and left no tensor alive. */
export function expectCleanRun(run: { status: RunStatus; leaked: number }): void {
  expect(run.status.state).toBe('done');
  expect(run.status.tensorsAtLastStep, 'tensors alive at the last step, against the first').toBe(run.status.tensorsAtFirstStep);
  expect(run.leaked, 'tensors left alive after the run').toBe(0);
}

export interface FirstRowsOptions {
  tf: Tf;
  backend: BackendName;
  seed: number;
  /** Stop after this many metrics rows. */
  rows: number;
  tweaks?: readonly Tweak[];
}

/** The experiment stopped (its generator returned, so it disposes what it holds) after its `n`th event of `kind`. */
function stoppedAfter<P, A extends object, M extends string>(experiment: Experiment<P, A, M>, kind: 'metrics' | 'checkpoint', n: number): Experiment<P, A, M> {
  return async function* limited(params, ctx) {
    let seen = 0;
    for await (const event of experiment(params, ctx)) {
      yield event;
      if (event.kind === kind && ++seen >= n) return;
    }
  };
}

/** The first rows of a run, through runToEnd, with the tweaks it applied and its latest artifacts. */
export async function firstRows<P extends object, A extends object, M extends string>(
  experiment: Experiment<P, A, M>,
  params: P,
  o: FirstRowsOptions,
): Promise<{ rows: MetricRow<M>[]; tweaks: Tweak[]; artifacts: Partial<A>; status: RunStatus }> {
  const { recording, status } = await runToEnd(stoppedAfter(experiment, 'metrics', o.rows), params, o);
  return { rows: [...recording.rows], tweaks: [...recording.tweaks], artifacts: { ...recording.artifacts }, status };
}

/**
 * A run stopped after its `afterCheckpoints`th checkpoint and resumed from it
 * on `resumeOn` (the page's "Continue on WASM"): the rows kept from the first
 * part followed by the resumed run's, and the resumed run's artifacts.
 */
export async function stopAndResume<P extends object, A extends object, M extends string>(
  experiment: Experiment<P, A, M>,
  params: P,
  o: RunToEndOptions & { afterCheckpoints: number; resumeOn?: { tf: Tf; backend: BackendName } },
): Promise<{ checkpoint: Checkpoint; rows: MetricRow<M>[]; artifacts: Partial<A>; status: RunStatus; leaked: number }> {
  const first = await runToEnd(stoppedAfter(experiment, 'checkpoint', o.afterCheckpoints), params, o);
  const checkpoint = first.checkpoint;
  if (!checkpoint) throw new Error(`The run sent no checkpoint in ${first.recording.rows.length} rows.`);
  const on = o.resumeOn ?? o;
  const rest = await drive(experiment, params, { ...o, ...on, weights: checkpoint.weights, resume: { step: checkpoint.step, rows: checkpoint.rows } });
  return { checkpoint, rows: [...first.recording.rows.slice(0, checkpoint.rows), ...rest.recording.rows], artifacts: { ...rest.recording.artifacts }, status: rest.status, leaked: rest.leaked };
}

export interface LiveFieldEffect {
  /** Rows before the change are the same in both runs. */
  sameBefore: boolean;
  /** Some metric differs in a row after the change. */
  differsAfter: boolean;
  /** The tweak the driver reported. */
  applied: Tweak[];
}

/**
 * Runs `rows` rows twice from the same seed, the second time changing `name` to
 * `value` after `after` rows, and says whether the change made a difference.
 * A field marked live that the experiment does not read gives differsAfter false.
 */
export async function liveFieldEffect<P extends object, A extends object, M extends string>(
  experiment: Experiment<P, A, M>,
  params: P,
  change: { name: keyof P & string; value: TweakValue; after: number },
  o: Omit<FirstRowsOptions, 'tweaks'>,
): Promise<LiveFieldEffect> {
  const plain = await firstRows(experiment, params, o);
  const tweak: Tweak = { after: change.after, step: plain.rows[change.after - 1]?.step ?? 0, name: change.name, value: change.value };
  const tweaked = await firstRows(experiment, params, { ...o, tweaks: [tweak] });
  const key = (r: MetricRow<M> | undefined) => JSON.stringify(r ?? null);
  const before = plain.rows.slice(0, change.after);
  return {
    sameBefore: before.every((r, i) => key(r) === key(tweaked.rows[i])),
    differsAfter: plain.rows.slice(change.after).some((r, i) => key(r) !== key(tweaked.rows[change.after + i])),
    applied: tweaked.tweaks,
  };
}

/**
 * Asserts that a live field acts on a running run: the rows before the change
 * are the same as without it, some row after it differs, and the driver reports
 * the change once (at `step`, when given; otherwise at whatever step it says).
 */
export async function expectLiveField<P extends object, A extends object, M extends string>(
  experiment: Experiment<P, A, M>,
  params: P,
  change: { name: keyof P & string; value: TweakValue; after: number; step?: number },
  o: Omit<FirstRowsOptions, 'tweaks'>,
): Promise<void> {
  const { name, value, after, step } = change;
  const e = await liveFieldEffect(experiment, params, { name, value, after }, o);
  expect(e.sameBefore, `${name}: the rows before the change`).toBe(true);
  expect(e.differsAfter, `${name}: a row after the change`).toBe(true);
  expect(e.applied).toEqual([{ after, step: step ?? expect.any(Number), name, value }]);
}

/** A live field's check: `name` set to `value` after row `after`, the run stopped after `rows` rows, from `params` over the shared ones. */
export interface LiveFieldCase<P> {
  name: keyof P & string;
  value: TweakValue;
  after: number;
  rows: number;
  params?: Partial<P>;
}

/** One test per case, each named for its field: the change acts from the next step (expectLiveField). */
export function itActsFromTheNextStep<P extends object, A extends object, M extends string>(
  experiment: Experiment<P, A, M>,
  params: P,
  cases: readonly LiveFieldCase<P>[],
  o: Omit<FirstRowsOptions, 'tweaks' | 'rows'>,
): void {
  for (const c of cases) {
    it(`${c.name} acts from the next step`, () =>
      expectLiveField(experiment, { ...params, ...c.params }, { name: c.name, value: c.value, after: c.after }, { ...o, rows: c.rows }));
  }
}

/**
 * Asserts what a shared link relies on: a run given `tweaks` applies each of
 * them (after the row asked for), and replaying the tweak list it reports gives
 * the same rows (timing metrics aside), the same tweak list and the same
 * `artifacts` named. With `rows`, the run's first that many rows; without, the
 * whole run.
 */
export async function expectTweaksReplay<P extends object, A extends object, M extends string>(
  experiment: Experiment<P, A, M>,
  params: P,
  tweaks: readonly Tweak[],
  o: Omit<FirstRowsOptions, 'tweaks' | 'rows'> & { rows?: number; artifacts?: readonly (keyof A)[] },
): Promise<void> {
  const run = async (t: readonly Tweak[]) => {
    if (o.rows !== undefined) return firstRows(experiment, params, { ...o, rows: o.rows, tweaks: t });
    const { recording } = await runToEnd(experiment, params, { ...o, tweaks: t });
    return { rows: [...recording.rows], tweaks: [...recording.tweaks], artifacts: { ...recording.artifacts } };
  };
  const asked = ({ after, name, value }: Tweak) => ({ after, name, value });
  const tweaked = await run(tweaks);
  expect(tweaked.tweaks.map(asked), 'the tweaks the run applied').toEqual(tweaks.map(asked));
  const replay = await run(tweaked.tweaks);
  expect(withoutThroughput(replay.rows)).toEqual(withoutThroughput(tweaked.rows));
  expect(replay.tweaks).toEqual(tweaked.tweaks);
  for (const name of o.artifacts ?? []) expect(replay.artifacts[name], `artifact ${String(name)}`).toEqual(tweaked.artifacts[name]);
}
