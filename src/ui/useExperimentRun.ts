/**
 * Ties one page's link state to the runner: params decoded from the link (with
 * notices), kept in the link as they change, sent live to a running
 * experiment when the field allows it, and a recorder of the run's events.
 * Opening a link with run=1 starts the run once.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { BackendName } from '../core/backend/backendNames';
import { decodeLink, encodeLink, type LinkState, type Notice } from '../core/params/codec';
import { presetParams, presetSeed, type Presets } from '../core/params/presets';
import type { ParamsOf, Schema } from '../core/params/schema';
import type { EventBatch, RunStatus } from '../core/runner/protocol';
import { RunRecorder, type Recording } from '../core/runner/RunRecorder';
import { useLink } from './LinkContext';
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

export interface ExperimentRun<P> {
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
  const recorder = useMemo(() => new RunRecorder(), []);
  const recording = useSyncExternalStore(recorder.subscribe, recorder.getSnapshot);
  const active = snapshot.runId === page.slug;
  const running = active && (snapshot.run.state === 'running' || snapshot.run.state === 'paused' || snapshot.run.state === 'starting');

  // Keep the address bar on the canonical link, so a reload reproduces the page.
  useEffect(() => {
    link.replaceQuery(encodeLink(page.schema, page.presets, { ...state, run: false }));
  }, [state, page, link]);

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
    return client.start(
      { id: page.slug, params: o.params ?? state.params, seed: state.seed, backend: o.backend === undefined ? state.backend : o.backend, startPaused: o.startPaused },
      (b) => {
        recorder.add(b);
        o.onBatch?.(b);
      },
    );
  }, [client, page.slug, recorder, state]);

  // run=1 in the opening link starts the run once.
  const autoStarted = useRef(false);
  useEffect(() => {
    if (initial.state.run && options.autoRun !== false && !autoStarted.current) {
      autoStarted.current = true;
      void start();
    }
  }, [initial.state.run, options.autoRun, start]);

  return {
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
      recorder.clear();
      setStale(false);
    },
    shareUrl: (withRun = false) =>
      link.absoluteUrl(page.slug, encodeLink(page.schema, page.presets, { ...state, run: withRun })),
  };
}
