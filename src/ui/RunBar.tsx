/**
 * Run / pause / step / resume / reset, with progress, ETA, state and tensor
 * count, and the run's live changes ("Learning rate 0.01 → 0.003 at step 412").
 */
import type { BackendChange, RunRecord } from '../core/history/runRecord';
import { backendLabel } from '../core/backend/selectBackend';
import type { BackendName } from '../core/backend/backendNames';
import type { Schema } from '../core/params/schema';
import { describeTweaks, type Tweak } from '../core/params/tweaks';
import { etaSeconds, IDLE_STATUS, inProgress, type Progress, type RunStatus } from '../core/runner/protocol';

export interface RunBarProps {
  status: RunStatus;
  progress: Progress | null;
  stale?: boolean;
  /** The recorded run on screen before any run of the reader's, if any. */
  recorded?: RunRecord | null;
  /** The params that differ between the page's settings and the recorded run's. */
  recordedDiffers?: readonly string[];
  /** The run's live changes, described ("Learning rate 0.01 → 0.003 at step 412"). */
  tweaks?: readonly string[];
  /** A restart field changed: the run restarts in a moment. */
  restarting?: boolean;
  /** Forgets the tweaks a link or a finished run left for the next run. */
  onDropTweaks?(): void;
  /** The runner died under the run after a checkpoint: it can go on from there on these backends. */
  resumable?: { step: number; backends: readonly BackendName[] } | null;
  onContinue?(backend: BackendName): void;
  /** Where the run moved to another backend. */
  backendChanges?: readonly BackendChange[];
  onRun(): void;
  onPause(): void;
  onResume(): void;
  onStep(): void;
  onReset(): void;
}

/** RunBar's props for a page's run; override onRun/onReset where a page orchestrates several runs. */
export function runBarProps(run: {
  status: RunStatus;
  recording: { progress: Progress | null };
  stale: boolean;
  restarting?: boolean;
  page?: { schema: Schema };
  startParams?: Readonly<Record<string, unknown>>;
  tweaks?: readonly Tweak[];
  dropTweaks?(): void;
  resumable?: { step: number; backends: readonly BackendName[] } | null;
  continueOn?(backend: BackendName): Promise<unknown>;
  backendChanges?: readonly BackendChange[];
  origin?: { kind: string; run?: RunRecord };
  params?: Readonly<Record<string, unknown>>;
  start(): Promise<unknown>;
  pause(): void;
  resume(): void;
  step(): void;
  reset(): void;
}): RunBarProps {
  return {
    status: showsOwnRun(run) ? run.status : IDLE_STATUS,
    progress: run.recording.progress,
    stale: run.stale,
    restarting: run.restarting,
    tweaks: run.page && run.startParams && run.tweaks ? describeTweaks(run.page.schema, run.startParams, run.tweaks) : [],
    onDropTweaks: run.dropTweaks,
    resumable: run.resumable,
    onContinue: run.continueOn ? (b) => void run.continueOn?.(b) : undefined,
    backendChanges: run.backendChanges,
    recorded: run.origin?.kind === 'recorded' ? run.origin.run : null,
    recordedDiffers: run.origin?.kind === 'recorded' && run.origin.run && run.params ? differingParams(run.params, run.origin.run.params) : [],
    onRun: () => void run.start(),
    onPause: run.pause,
    onResume: run.resume,
    onStep: run.step,
    onReset: run.reset,
  };
}

/**
 * Whether the runner's state belongs to what the page shows. After Reset puts the recorded run back,
 * or with a stored or linked run on screen, the bar is idle (Run, and its note on what is shown)
 * rather than still saying the last live run's Done; a run in progress is always the page's own.
 */
function showsOwnRun(run: { status: RunStatus; origin?: { kind: string } }): boolean {
  return inProgress(run.status.state) || !run.origin || run.origin.kind === 'live';
}

/** Names of the params whose values differ between two settings. */
export function differingParams(now: Readonly<Record<string, unknown>>, then: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(now).filter((k) => JSON.stringify(now[k]) !== JSON.stringify(then[k]));
}

export function formatDuration(seconds: number): string {
  if (seconds < 1) return '<1 s';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

const STATE_TEXT: Record<RunStatus['state'], string> = {
  idle: 'Ready',
  starting: 'Starting…',
  running: 'Running',
  paused: 'Paused',
  done: 'Done',
  stopped: 'Stopped',
  error: 'Stopped with an error',
};

/** The latest few changes, newest last; the rest counted. */
const SHOWN_TWEAKS = 3;

export function RunBar({ status, progress, stale, recorded, recordedDiffers = [], tweaks = [], restarting, onDropTweaks, resumable, onContinue, backendChanges = [], onRun, onPause, onResume, onStep, onReset }: RunBarProps) {
  const { state } = status;
  const busy = state === 'running' || state === 'starting';
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : 0;
  const eta = busy ? etaSeconds(progress) : null;
  const leak = status.tensorsAtFirstStep !== null && status.tensorsAtLastStep !== null && status.tensorsAtLastStep > status.tensorsAtFirstStep;
  return (
    <div className="run-bar" data-state={state}>
      <div className="run-buttons">
        {state === 'paused' ? (
          <>
            <button type="button" data-testid="resume" onClick={onResume}>Resume</button>
            <button type="button" data-testid="step" onClick={onStep}>Step</button>
          </>
        ) : busy ? (
          <button type="button" data-testid="pause" onClick={onPause}>Pause</button>
        ) : (
          <button type="button" data-testid="run" className="primary" onClick={onRun}>
            {state === 'idle' ? 'Run' : 'Run again'}
          </button>
        )}
        <button type="button" data-testid="reset" onClick={onReset} disabled={state === 'idle'}>Reset</button>
      </div>
      <div className="run-progress">
        <progress data-testid="progress" max={1} value={fraction} aria-label="Run progress" />
        <span className="run-text" data-testid="run-state">
          {STATE_TEXT[state]}
          {progress ? ` · ${progress.label ?? `${progress.done} / ${progress.total}`}` : ''}
          {progress ? ` · ${Math.round(100 * fraction)}%` : ''}
          {eta !== null ? ` · about ${formatDuration(eta)} left` : ''}
        </span>
        <span className="run-meta" data-testid="tensors" data-rows={status.rows} title="Live tensors at the first step and now; growth means a leak">
          step {status.step} · tensors {status.tensorsAtFirstStep ?? '–'} → {status.tensorsAtLastStep ?? '–'}
          {leak ? ' (growing!)' : ''}
        </span>
      </div>
      {recorded && state === 'idle' ? (
        <p className="hint recorded-note" data-testid="recorded-note" title={recorded.provenance ? `made by \`${recorded.provenance.command}\` at commit ${recorded.provenance.commit.slice(0, 7)} on ${recorded.provenance.machine}, ${Math.round(recorded.provenance.durationMs / 1000)} s` : undefined}>
          The plots show a <strong>recorded run</strong> ({recorded.preset} preset, seed {recorded.seed}, {recorded.backend ?? 'unknown backend'})
          {recordedDiffers.length ? <>, made with other settings than these ({recordedDiffers.join(', ')}): press Run to train with yours.</> : '. Press Run to train your own.'}
        </p>
      ) : null}
      {tweaks.length > 0 ? (
        <p className="hint tweak-note" data-testid="tweaks" aria-live="polite">
          {busy || state === 'paused' ? 'Changed during this run: ' : 'This run changes settings as it trains (Run replays them): '}
          {tweaks.length > SHOWN_TWEAKS ? `${tweaks.length - SHOWN_TWEAKS} earlier, ` : ''}
          {tweaks.slice(-SHOWN_TWEAKS).join('; ')}.
          {!busy && state !== 'paused' && onDropTweaks ? <> <button type="button" className="link-button" data-testid="drop-tweaks" onClick={onDropTweaks}>Drop them (keep the values shown)</button></> : null}
        </p>
      ) : null}
      {restarting ? <p className="hint" data-testid="restarting" aria-live="polite">Restarting with the new setting…</p> : null}
      {state === 'error' && status.message ? <p role="alert" className="error">{status.message}</p> : null}
      {resumable && onContinue ? (
        <p className="resume-offer" data-testid="resume-offer">
          Or go on from the run’s last checkpoint, after step {resumable.step}, keeping its curves and weights so far:{' '}
          {resumable.backends.map((b) => (
            <button key={b} type="button" data-testid={`continue-${b}`} onClick={() => onContinue(b)}>Continue on {backendLabel(b)}</button>
          ))}
        </p>
      ) : null}
      {backendChanges.length ? (
        <p className="hint" data-testid="backend-changes">
          {backendChanges.map((c) => `After step ${c.step} the run moved to ${backendLabel(c.to)}${c.from ? ` (it started on ${backendLabel(c.from)})` : ''}.`).join(' ')}
        </p>
      ) : null}
      {stale && state !== 'idle' ? <p className="hint">Some changes apply to the next run: press Run again.</p> : null}
    </div>
  );
}
