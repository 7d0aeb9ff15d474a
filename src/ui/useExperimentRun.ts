/**
 * Ties one page's link state to the runner: params decoded from the link (with
 * notices), kept in the link as they change, sent live to a running
 * experiment when the field allows it, and a recorder of the run's events.
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
import { decodeResults, type ResultPayload } from '../core/share/resultLink';
import type { NamedWeights } from '../core/weights/namedWeights';
import { presetParams, presetSeed, type Presets } from '../core/params/presets';
import type { ParamsOf, Schema } from '../core/params/schema';
import type { EventBatch, RunStatus } from '../core/runner/protocol';
import { RunRecorder, type MetricRow, type Recording } from '../core/runner/RunRecorder';
import { useLink } from './LinkContext';
import { PageRunContext, type AnyRun } from './PageRunContext';
import { fetchRecordedRun } from './fetchRecordedRun';
import { useRunnerClient, useRunnerSnapshot } from './RunnerContext';

/** What a page needs for links and runs: a paper, or the Device page. */
export interface LinkedPage<S extends Schema> {
  slug: string;
  schema: S;
  presets: Presets<ParamsOf<S>>;
}

export interface StartOverrides<P> {
  params?: P;
  backend?: BackendName | null;
  startPaused?: boolean;
  /** Sees each batch too, after the recorder. */
  onBatch?: (batch: EventBatch) => void;
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

export interface ExperimentRun<P> {
  page: LinkedPage<Schema>;
  params: P;
  seed: number;
  preset: string;
  backend: BackendName | null;
  notices: Notice[];
  dismissNotices(): void;
  setParam<K extends keyof P>(name: K, value: P[K]): void;
  setSeed(seed: number): void;
  setPreset(name: string): void;
  /** Params changed that only apply to the next run. */
  stale: boolean;
  recording: Recording;
  status: RunStatus;
  /** The opening link asked for a run (run=1). */
  runRequested: boolean;
  /** True while this page's experiment owns the runner. */
  active: boolean;
  start(overrides?: StartOverrides<P>): Promise<RunStatus>;
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
  /** Whether plots draw the recorded run, faded, beside the reader's own run. */
  showRecorded: boolean;
  setShowRecorded(show: boolean): void;
}

export function useExperimentRun<S extends Schema>(
  page: LinkedPage<S>,
  options: { /** Start by itself when the link says run=1 (default true). */ autoRun?: boolean } = {},
): ExperimentRun<ParamsOf<S>> {
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
  const [recorded, setRecorded] = useState<RunRecord | null>(null);
  const [showRecorded, setShowRecorded] = useState(true);
  const recorder = useMemo(() => new RunRecorder(), []);
  const recording = useSyncExternalStore(recorder.subscribe, recorder.getSnapshot);
  const active = snapshot.runId === page.slug;
  const running = active && (snapshot.run.state === 'running' || snapshot.run.state === 'paused' || snapshot.run.state === 'starting');
  // What the recorded-run loader may replace: nothing the reader ran, stored or was sent.
  const screenFree = useRef(true);
  const free = !active && (origin.kind === 'recorded' || (origin.kind === 'live' && recording.rows.length === 0 && Object.keys(recording.artifacts).length === 0));
  useEffect(() => {
    screenFree.current = free;
  }, [free]);

  // Keep the address bar on the canonical link, so a reload reproduces the page: a result
  // link keeps its results there until the reader changes a setting or runs.
  const resultsValue = useMemo(() => new URLSearchParams(link.query.replace(/^\?/, '')).get('results'), [link.query]);
  const keepResults = origin.kind === 'link' && state === initial.state && resultsValue !== null;
  useEffect(() => {
    const q = encodeLink(page.schema, page.presets, { ...state, run: false });
    link.replaceQuery(keepResults ? `${q}&results=${resultsValue}` : q);
  }, [state, page, link, keepResults, resultsValue]);

  const setParam = <K extends keyof P>(name: K, value: P[K]) => {
    const params = { ...state.params, [name]: value };
    setState({ ...state, params });
    if (running) {
      if (page.schema[name as string]?.live) client.setLive(params);
      else setStale(true);
    }
  };

  const start = useCallback(async (o: StartOverrides<P> = {}) => {
    recorder.clear();
    setStale(false);
    setOrigin({ kind: 'live' });
    const backend = o.backend === undefined ? state.backend : o.backend;
    setStartedWith({ ...state, params: o.params ?? state.params, backend, run: false });
    return client.start(
      { id: page.slug, params: o.params ?? state.params, seed: state.seed, backend, startPaused: o.startPaused, weights: startWeights?.weights },
      (b) => {
        recorder.add(b);
        o.onBatch?.(b);
      },
    );
  }, [client, page.slug, recorder, state, startWeights]);

  // run=1 in the opening link starts the run once.
  const autoStarted = useRef(false);
  useEffect(() => {
    if (initial.state.run && options.autoRun !== false && !autoStarted.current) {
      autoStarted.current = true;
      void start();
    }
  }, [initial.state.run, options.autoRun, start]);

  // The recorded run: shown at once on opening (unless the link runs or carries results), kept to fade beside a run.
  const wantsRecorded = !initial.state.run;
  useEffect(() => {
    let alive = true;
    fetchRecordedRun(page.slug, state.preset).then(
      (r) => {
        if (!alive) return;
        setRecorded(r);
        if (r && wantsRecorded && screenFree.current && !resultsValue) {
          recorder.load(r.rows, r.artifacts);
          setOrigin({ kind: 'recorded', run: r });
        }
      },
      // A missing or unreadable recorded run only means the panel opens without one; the
      // shipped files are checked by a unit test, so this is a damaged deployment.
      () => alive && setRecorded(null),
    );
    return () => {
      alive = false;
    };
  }, [page.slug, state.preset, wantsRecorded, resultsValue, recorder]);

  // A result link (`results=`) shows the sender's curves at once and keeps them to compare with a re-run.
  useEffect(() => {
    if (!resultsValue) return;
    let alive = true;
    decodeResults(resultsValue).then(
      (payload) => {
        if (!alive) return;
        recorder.load(payload.rows);
        setOrigin({ kind: 'link', payload });
        setReference({ label: 'from the link', rows: payload.rows });
      },
      (e: unknown) => {
        if (alive) setNotices((n) => [...n, { key: 'results', message: `${e instanceof Error ? e.message : String(e)} Showing the link's settings without its results.` }]);
      },
    );
    return () => {
      alive = false;
    };
  }, [resultsValue, recorder]);

  const showStored = (stored: RunRecord) => {
    if (running) client.stop();
    const preset = Object.hasOwn(page.presets, stored.preset) ? stored.preset : 'default';
    const decoded = decodeLink(page.schema, page.presets, queryFromValues(page.schema, stored.params, stored.seed, preset));
    const changed = decoded.notices.map((n) => ({ ...n, message: `Stored run '${stored.name}': ${n.message}` }));
    if (preset !== stored.preset) changed.unshift({ key: 'preset', message: `Stored run '${stored.name}': preset '${stored.preset}' no longer exists; its values are kept.` });
    setState(decoded.state);
    setNotices(changed);
    setStale(false);
    setReference(null);
    recorder.load(stored.rows, stored.artifacts);
    setOrigin({ kind: 'history', run: stored });
  };

  const api: ExperimentRun<P> = {
    page: page as LinkedPage<Schema>,
    ...state,
    notices,
    dismissNotices: () => setNotices([]),
    setParam,
    setSeed: (seed) => {
      setState((s) => ({ ...s, seed }));
      if (running) setStale(true);
    },
    setPreset: (name) => {
      setState((s) => ({ ...s, preset: name, params: presetParams(page.schema, page.presets, name), seed: presetSeed(page.presets, name) }));
      if (running) setStale(true);
    },
    stale,
    runRequested: initial.state.run,
    recording,
    status: active ? snapshot.run : { ...snapshot.run, state: 'idle' },
    active,
    start,
    pause: () => client.pause(),
    resume: () => client.resume(),
    step: () => client.step(),
    reset: () => {
      if (running) client.stop();
      setStale(false);
      setReference(null);
      if (recorded) {
        recorder.load(recorded.rows, recorded.artifacts);
        setOrigin({ kind: 'recorded', run: recorded });
      } else {
        recorder.clear();
        setOrigin({ kind: 'live' });
      }
    },
    shareUrl: (withRun = false) =>
      link.absoluteUrl(page.slug, encodeLink(page.schema, page.presets, { ...state, run: withRun })),
    origin,
    reference,
    startedWith,
    showStored,
    startWeights,
    setStartWeights,
    recorded,
    showRecorded,
    setShowRecorded,
  };

  const slot = useContext(PageRunContext);
  useEffect(() => {
    slot?.set(api as unknown as AnyRun);
  });
  useEffect(() => () => slot?.set(null), [slot]);
  return api;
}
