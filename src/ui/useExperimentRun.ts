/**
 * Ties one page's link state to the runner: params decoded from the link (with
 * notices), kept in the link as they change, and a recorder of the run's events.
 * During a run a change to a `live` field goes to the experiment at its next
 * step and is recorded as a tweak (the link then carries the run's start values
 * and its tweak list, which a re-run replays); a change to any other field
 * restarts the run after a short pause, keeping the previous run's curves,
 * faded, to compare with.
 * Opening a link with run=1 starts the run once. A stored run (history, run
 * file) or a result link's curves can be shown in place of a live run. Before
 * any run the panel shows its recorded run (public/runs/, `npm run record`),
 * which then stays available, faded, beside the reader's own. The hook
 * publishes itself to PageRunContext for the notebook tools.
 */
import { useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { BackendName } from '../core/backend/backendNames';
import type { RunRecord } from '../core/history/runRecord';
import { decodeLink, encodeLink, queryFromValues, type LinkState, type Notice } from '../core/params/codec';
import { isTweakable, withoutTweaksOf, type Tweak, type TweakValue } from '../core/params/tweaks';
import type { ResultPayload } from '../core/share/resultLink';
import type { NamedWeights } from '../core/weights/namedWeights';
import { presetParams, presetSeed, type Presets } from '../core/params/presets';
import type { ParamsOf, Schema } from '../core/params/schema';
import { IDLE_STATUS, inProgress, type EventBatch, type RunStatus } from '../core/runner/protocol';
import { RunRecorder, typedBatch, typedRecording, type MetricRow, type Recording } from '../core/runner/RunRecorder';
import type { ArtifactTypes, Experiment } from '../core/experiment';
import { useLink } from './LinkContext';
import { PageRunContext, type AnyRun } from './PageRunContext';
import { useRunnerClient, useRunnerSnapshot } from './RunnerContext';
import { recordOf, useWhere } from './useRunHistory';
import { useContinueAfterLoss, type ContinueAfterLoss } from './useContinueAfterLoss';
import { runLink, shownParams, unappliedOverrides } from './tweakedRunView';
import { useOpeningRun } from './useOpeningRun';

/** How long a restart field must stay still before the run restarts with it (one run per slider drag). */
export const RESTART_DEBOUNCE_MS = 300;

/** What a page needs for links and runs: a paper, or the Device page. */
export interface LinkedPage<S extends Schema, A extends object = ArtifactTypes, M extends string = string> {
  slug: string;
  schema: S;
  presets: Presets<ParamsOf<S>>;
  /** The page's experiment (a paper's); it types the recording the hook returns. */
  run?: Experiment<ParamsOf<S>, A, M>;
}

export interface StartOverrides<P, A extends object = ArtifactTypes, M extends string = string> {
  params?: P;
  backend?: BackendName | null;
  startPaused?: boolean;
  /** Sees each batch too, after the recorder. */
  onBatch?: (batch: EventBatch<A, M>) => void;
}

/** Where the recording on screen came from. */
export type RunOrigin =
  | { kind: 'live' }
  | { kind: 'history'; run: RunRecord }
  /** The panel's recorded run (public/runs/), shown before any run of the reader's. */
  | { kind: 'recorded'; run: RunRecord }
  | { kind: 'link'; payload: ResultPayload };

/** Curves kept beside a re-run, to compare with (a result link's, while verifying it). */
export interface ReferenceCurves {
  label: string;
  rows: readonly MetricRow[];
}

/** A weights file the reader loaded; the next runs start from it until it is forgotten. */
export interface StartWeights {
  fileName: string;
  weights: NamedWeights;
}

/** The faded run drawn behind the live one: the one a restart replaced, or the panel's recorded run. */
export interface CompareRun<A extends object = ArtifactTypes, M extends string = string> {
  kind: 'previous' | 'recorded';
  run: RunRecord;
  /** The same run as the panel's own recording type, for its charts' faded traces. */
  recording: Recording<A, M>;
}

export interface RunOptions<P> {
  /** Start by itself when the link says run=1 (default true). */
  autoRun?: boolean;
  /** Restart a running run when a field that is not live changes (default true; the Device page runs a bench instead). */
  restartOnChange?: boolean;
  /** What a run starts with, from the settings (a panel adds an uploaded graph). */
  prepare?: (params: P) => P;
}

export interface ExperimentRun<P, A extends object = ArtifactTypes, M extends string = string> {
  page: LinkedPage<Schema>;
  /** The values the controls show: the start values with the run's tweaks so far applied. */
  params: P;
  /** The values the run started (or will start) with, before its tweaks. */
  startParams: P;
  /** The run's live changes: those applied so far and those its link still schedules. */
  tweaks: readonly Tweak[];
  /** Forgets the tweak list: the next run keeps the values the controls show throughout. */
  dropTweaks(): void;
  seed: number;
  preset: string;
  backend: BackendName | null;
  notices: Notice[];
  dismissNotices(): void;
  setParam<K extends keyof P>(name: K, value: P[K]): void;
  setSeed(seed: number): void;
  setPreset(name: string): void;
  /** Params changed that only apply to the next run (pages that do not restart on a change). */
  stale: boolean;
  /** A restart field changed during the run; the run restarts in a moment. */
  restarting: boolean;
  /** Counts the live runs this page started; a new number is a new run. */
  runNumber: number;
  recording: Recording<A, M>;
  status: RunStatus;
  /** The opening link asked for a run (run=1). */
  runRequested: boolean;
  /** True while this page's experiment owns the runner. */
  active: boolean;
  start(overrides?: StartOverrides<P, A, M>): Promise<RunStatus>;
  pause(): void;
  resume(): void;
  step(): void;
  reset(): void;
  /** Canonical link to this run (no `run=1`); `withRun` adds it. */
  shareUrl(withRun?: boolean): string;
  origin: RunOrigin;
  reference: ReferenceCurves | null;
  /** The link state the latest live run started with (params may have changed since). */
  startedWith: LinkState<P> | null;
  /** Restores a stored run's params and shows its curves without re-running. */
  showStored(run: RunRecord): void;
  startWeights: StartWeights | null;
  setStartWeights(w: StartWeights | null): void;
  /** The panel's recorded run for this preset (or `default`), once loaded; null when it ships none. */
  recorded: RunRecord | null;
  /** The run drawn faded behind the one on screen, if any (see CompareRun). */
  compare: CompareRun<A, M> | null;
  /** Whether plots draw the compared run, faded, beside the reader's own run. */
  showRecorded: boolean;
  setShowRecorded(show: boolean): void;
  /** After the runner died under this run: going on from its last checkpoint (useContinueAfterLoss). */
  resumable: ContinueAfterLoss['resumable'];
  continueOn: ContinueAfterLoss['continueOn'];
  backendChanges: ContinueAfterLoss['backendChanges'];
}

export function useExperimentRun<S extends Schema, A extends object = ArtifactTypes, M extends string = string>(
  page: LinkedPage<S, A, M>,
  options: RunOptions<ParamsOf<S>> = {},
): ExperimentRun<ParamsOf<S>, A, M> {
  type P = ParamsOf<S>;
  const link = useLink();
  const client = useRunnerClient();
  const snapshot = useRunnerSnapshot();
  const initial = useMemo(() => decodeLink(page.schema, page.presets, link.query), [page, link.query]);
  const [state, setState] = useState<LinkState<P>>(initial.state);
  const [notices, setNotices] = useState<Notice[]>(initial.notices);
  const [stale, setStale] = useState(false);
  const [origin, setOrigin] = useState<RunOrigin>({ kind: 'live' });
  const [reference, setReference] = useState<ReferenceCurves | null>(null);
  const [startedWith, setStartedWith] = useState<LinkState<P> | null>(null);
  const [startWeights, setStartWeights] = useState<StartWeights | null>(null);
  const [showRecorded, setShowRecorded] = useState(true);
  const [previous, setPrevious] = useState<RunRecord | null>(null);
  const [runNumber, setRunNumber] = useState(0);
  // The reader's changes to live fields during this run: shown at once, applied by the run at its next step.
  const [overrides, setOverrides] = useState<Partial<P>>({});
  const [restartDue, setRestartDue] = useState(0);
  const where = useWhere();
  const recorder = useMemo(() => new RunRecorder(), []);
  const recording = useSyncExternalStore(recorder.subscribe, recorder.getSnapshot);
  const active = snapshot.runId === page.slug;
  const running = active && inProgress(snapshot.run.state);
  // What the recorded-run loader may replace: nothing the reader ran, stored or was sent.
  const screenFree = useRef(true);
  const restartOnChange = options.restartOnChange !== false;
  // A run the reader started takes the screen at once, before the runner reports it (it may still be booting).
  const free = !running && (origin.kind === 'recorded' || (origin.kind === 'live' && startedWith === null && recording.rows.length === 0 && Object.keys(recording.artifacts).length === 0));
  useEffect(() => {
    screenFree.current = free;
  }, [free]);

  // Keep the address bar on the canonical link, so a reload reproduces the page: a result
  // link keeps its results there until the reader changes a setting or runs.
  const resultsValue = useMemo(() => new URLSearchParams(link.query.replace(/^\?/, '')).get('results'), [link.query]);
  const keepResults = origin.kind === 'link' && state === initial.state && resultsValue !== null;

  const viewOnly = useMemo(() => Object.keys(page.schema).filter((n) => page.schema[n].viewOnly), [page.schema]);
  const duringRun = running && startedWith !== null && origin.kind === 'live';
  // A run's own values and tweaks are on screen while it runs and, when the reader tweaked it, after
  // it ends: its link, a re-run and the controls go on from them (setParam, start and the rest
  // build on linkState, which then becomes the page's state).
  // While a restart is pending, the page shows the settings the next run starts with.
  const pendingRestart = restartDue > 0;
  const tweakedRun = origin.kind === 'live' && startedWith !== null && !pendingRestart && (running || Object.keys(overrides).length > 0);
  const shown = useMemo(
    () => shownParams({ state, startedWith, tweakedRun, applied: recording.tweaks, overrides, viewOnly }),
    [state, startedWith, tweakedRun, recording.tweaks, overrides, viewOnly],
  );
  // What a link to this page reproduces: during a run, the run's start values and tweaks so far.
  const { tweaks, linkState } = useMemo(
    () => runLink({ state, startedWith, tweakedRun, applied: recording.tweaks, rowsDone: recording.rows.length, overrides, viewOnly }),
    [state, startedWith, tweakedRun, recording.tweaks, recording.rows.length, overrides, viewOnly],
  );

  useEffect(() => {
    const q = encodeLink(page.schema, page.presets, { ...linkState, run: false });
    link.replaceQuery(keepResults ? `${q}&results=${resultsValue}` : q);
  }, [linkState, page, link, keepResults, resultsValue]);

  const restartLater = () => {
    if (restartOnChange) setRestartDue((n) => n + 1);
    else setStale(true);
  };

  const setParam = <K extends keyof P>(name: K, value: P[K]) => {
    const field = page.schema[name as string];
    if (field?.viewOnly) {
      setState((s) => ({ ...s, params: { ...s.params, [name]: value } }));
    } else if (duringRun && !pendingRestart && isTweakable(field) && isTweakValue(value)) {
      setOverrides((o) => ({ ...o, [name]: value }));
      client.edit(name as string, value);
    } else if (duringRun) {
      // A restart field: a fresh run from what the controls show, without a tweak list.
      setState((s) => ({ ...s, params: { ...shown, [name]: value }, tweaks: [] }));
      setOverrides({});
      restartLater();
    } else {
      const change: Partial<P> = {};
      change[name] = value;
      setAfterRun(change);
    }
  };
  // Settings changed outside a run: the next run starts with them, without the tweaks of those fields.
  const setAfterRun = (changes: Partial<P>) => {
    const tweaks = Object.keys(changes).reduce((list, name) => withoutTweaksOf(list, name), linkState.tweaks);
    setState({ ...linkState, params: { ...linkState.params, ...changes }, tweaks });
    setOverrides({});
  };

  // A live change that met no step boundary before the run ended never reached the run: it becomes
  // the reader's setting for the next run, as if made after this one, instead of vanishing on Run again.
  const wasRunning = useRef(running);
  useEffect(() => {
    const ended = wasRunning.current && !running;
    wasRunning.current = running;
    if (!ended || origin.kind !== 'live') return;
    const pending = unappliedOverrides(overrides, recording.tweaks);
    if (Object.keys(pending).length > 0) setAfterRun(pending);
  });

  const prepare = options.prepare;
  // The runner died under the run: it can go on from its last checkpoint.
  const afterLoss = useContinueAfterLoss({ slug: page.slug, recorder, ownRun: active && origin.kind === 'live', startedWith, prepare, onContinue: () => setRunNumber((n) => n + 1) });

  const forgetMoves = afterLoss.forget;
  const start = useCallback(async (o: StartOverrides<P, A, M> = {}) => {
    // Before React re-renders: a recorded run arriving now must not land on this run's curves.
    screenFree.current = false;
    recorder.clear();
    setStale(false);
    setOverrides({});
    forgetMoves();
    setOrigin({ kind: 'live' });
    setRunNumber((n) => n + 1);
    const backend = o.backend === undefined ? linkState.backend : o.backend;
    const params = o.params ?? linkState.params;
    if (linkState !== state) setState(linkState);
    setStartedWith({ ...linkState, params, backend, run: false });
    return client.start(
      { id: page.slug, params: prepare ? prepare(params) : params, seed: linkState.seed, backend, startPaused: o.startPaused, weights: startWeights?.weights, tweaks: linkState.tweaks },
      (b) => {
        recorder.add(b);
        o.onBatch?.(typedBatch<A, M>(b));
      },
    );
  }, [client, page.slug, recorder, state, linkState, startWeights, prepare, forgetMoves]);

  // A restart field changed mid-run: once it has been still for a moment, the run restarts with it
  // and the run it replaced stays on the plots, faded (the run history keeps it too).
  const apiRef = useRef<AnyRun | null>(null);
  const liveRef = useRef<{ running: boolean; restart: () => void }>({ running: false, restart: () => undefined });
  useEffect(() => {
    liveRef.current = {
      running,
      restart: () => {
        const shown = apiRef.current;
        const replaced = shown && (recording.rows.length > 0 || Object.keys(recording.artifacts).length > 0) ? recordOf(shown, recording, where, 'stopped') : null;
        client.stop();
        void start();
        // The faded copy is drawn a moment later, so the new run shows as started without waiting for it.
        if (replaced) setTimeout(() => setPrevious({ ...replaced, name: 'previous run' }), 0);
      },
    };
  });
  useEffect(() => {
    if (!restartDue) return;
    const timer = setTimeout(() => {
      setRestartDue(0);
      if (liveRef.current.running) liveRef.current.restart();
    }, RESTART_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [restartDue, state]);

  // run=1 in the opening link starts the run once.
  const autoStarted = useRef(false);
  useEffect(() => {
    if (initial.state.run && options.autoRun !== false && !autoStarted.current) {
      autoStarted.current = true;
      void start();
    }
  }, [initial.state.run, options.autoRun, start]);

  // The recorded run (shown at once on opening unless the link runs or carries results, kept to fade
  // beside a run) and a result link's curves (kept to compare with a re-run).
  const recorded = useOpeningRun({
    slug: page.slug,
    preset: state.preset,
    recorder,
    results: resultsValue,
    linkTweaks: initial.state.tweaks,
    showRecorded: !initial.state.run,
    screenFree: () => screenFree.current,
    onShown: (shown) => {
      setOrigin(shown);
      if (shown.kind === 'link') setReference({ label: 'from the link', rows: shown.payload.rows });
    },
    onLinkError: (message) => setNotices((n) => [...n, { key: 'results', message }]),
  });

  const showStored = (stored: RunRecord) => {
    if (running) client.stop();
    const preset = Object.hasOwn(page.presets, stored.preset) ? stored.preset : 'default';
    const decoded = decodeLink(page.schema, page.presets, queryFromValues(page.schema, stored.params, stored.seed, preset, stored.tweaks));
    const changed = decoded.notices.map((n) => ({ ...n, message: `Stored run '${stored.name}': ${n.message}` }));
    if (preset !== stored.preset) changed.unshift({ key: 'preset', message: `Stored run '${stored.name}': preset '${stored.preset}' no longer exists; its values are kept.` });
    setState(decoded.state);
    setNotices(changed);
    setStale(false);
    setRestartDue(0);
    setOverrides({});
    setPrevious(null);
    setReference(null);
    recorder.load(stored.rows, stored.artifacts, decoded.state.tweaks);
    setOrigin({ kind: 'history', run: stored });
  };

  // The recorded run is drawn beside the reader's only when it was made with the same preset: one of
  // another preset (the `default` file standing in for `tiny`) runs 25× as long and squeezed the live curves.
  const recordedToCompare = recorded && recorded.preset === state.preset ? recorded : null;
  const compare = useMemo((): CompareRun<A, M> | null => {
    const [kind, run] = previous ? (['previous', previous] as const) : recordedToCompare ? (['recorded', recordedToCompare] as const) : [null, null];
    if (!kind) return null;
    return { kind, run, recording: typedRecording<A, M>({ rows: run.rows, tweaks: run.tweaks ?? [], progress: null, artifacts: run.artifacts }) };
  }, [previous, recordedToCompare]);
  const api: ExperimentRun<P, A, M> = {
    page: page as LinkedPage<Schema>,
    ...state,
    params: shown,
    startParams: linkState.params,
    tweaks,
    dropTweaks: () => {
      setState({ ...linkState, params: shown, tweaks: [] });
      setOverrides({});
    },
    notices,
    dismissNotices: () => setNotices([]),
    setParam,
    setSeed: (seed) => {
      setState(duringRun ? { ...state, seed, params: shown, tweaks: [] } : { ...linkState, seed });
      setOverrides({});
      if (duringRun) restartLater();
    },
    setPreset: (name) => {
      setState((s) => ({ ...s, preset: name, params: presetParams(page.schema, page.presets, name), seed: presetSeed(page.presets, name), tweaks: [] }));
      setOverrides({});
      if (duringRun) restartLater();
    },
    stale,
    restarting: pendingRestart,
    runNumber,
    runRequested: initial.state.run,
    recording: typedRecording<A, M>(recording),
    // Another page's run (or none) leaves this page's bar as it opened, without that run's step and tensors.
    status: active ? snapshot.run : IDLE_STATUS,
    active,
    start,
    pause: () => client.pause(),
    resume: () => client.resume(),
    step: () => client.step(),
    reset: () => {
      if (running) client.stop();
      setStale(false);
      setRestartDue(0);
      setOverrides({});
      setPrevious(null);
      setReference(null);
      if (recorded) {
        recorder.load(recorded.rows, recorded.artifacts, recorded.tweaks);
        setOrigin({ kind: 'recorded', run: recorded });
      } else {
        recorder.clear();
        setOrigin({ kind: 'live' });
      }
    },
    shareUrl: (withRun = false) =>
      link.absoluteUrl(page.slug, encodeLink(page.schema, page.presets, { ...linkState, run: withRun })),
    origin,
    reference,
    startedWith,
    showStored,
    startWeights,
    setStartWeights,
    recorded,
    compare,
    showRecorded,
    setShowRecorded,
    resumable: afterLoss.resumable,
    continueOn: afterLoss.continueOn,
    backendChanges: afterLoss.backendChanges,
  };

  const slot = useContext(PageRunContext);
  useEffect(() => {
    apiRef.current = api as unknown as AnyRun;
    slot?.set(api as unknown as AnyRun);
  });
  useEffect(() => () => slot?.set(null), [slot]);
  return api;
}

function isTweakValue(v: unknown): v is TweakValue {
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}

