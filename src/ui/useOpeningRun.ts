/**
 * What a page shows before the reader runs anything: the panel's recorded run
 * (public/runs/, `npm run record`) or the curves a result link carries
 * (`results=`). Each goes into the page's recorder when it arrives; the
 * recorded run only while the screen is still free for it (nothing the reader
 * ran, stored or was sent is there). The recorded run is also returned, to be
 * drawn faded beside the reader's own runs.
 */
import { useEffect, useRef, useState } from 'react';
import type { RunRecord } from '../core/history/runRecord';
import type { Tweak } from '../core/params/tweaks';
import type { RunRecorder } from '../core/runner/RunRecorder';
import { decodeResults, type ResultPayload } from '../core/share/resultLink';
import { fetchRecordedRun } from './fetchRecordedRun';

export type OpeningRun = { kind: 'recorded'; run: RunRecord } | { kind: 'link'; payload: ResultPayload };

export interface OpeningRunOptions {
  slug: string;
  preset: string;
  recorder: RunRecorder;
  /** The link's `results=` value; it takes the screen instead of the recorded run. */
  results: string | null;
  /** The link's tweak list, which a result link's curves were made with. */
  linkTweaks: readonly Tweak[];
  /** False when the opening link starts a run (run=1): the recorded run is then only kept to compare. */
  showRecorded: boolean;
  /** Whether the screen is free now (read when the recorded run arrives). */
  screenFree(): boolean;
  /** A recorded run or a result link's curves were loaded into the recorder. */
  onShown(shown: OpeningRun): void;
  /** A result link could not be read: what to tell the reader. */
  onLinkError(message: string): void;
}

/** The panel's recorded run for `preset` (or its `default` one), once loaded; null when it ships none. */
export function useOpeningRun(o: OpeningRunOptions): RunRecord | null {
  const [recorded, setRecorded] = useState<RunRecord | null>(null);
  // The callbacks change every render; the loads below must not restart for that.
  const latest = useRef(o);
  useEffect(() => {
    latest.current = o;
  });
  const { slug, preset, recorder, results, linkTweaks, showRecorded } = o;

  useEffect(() => {
    let alive = true;
    fetchRecordedRun(slug, preset).then(
      (r) => {
        if (!alive) return;
        setRecorded(r);
        if (r && showRecorded && !results && latest.current.screenFree()) {
          recorder.load(r.rows, r.artifacts, r.tweaks);
          latest.current.onShown({ kind: 'recorded', run: r });
        }
      },
      // A missing or unreadable recorded run only means the panel opens without one; the
      // shipped files are checked by a unit test, so this is a damaged deployment.
      () => alive && setRecorded(null),
    );
    return () => {
      alive = false;
    };
  }, [slug, preset, showRecorded, results, recorder]);

  useEffect(() => {
    if (!results) return;
    let alive = true;
    decodeResults(results).then(
      (payload) => {
        if (!alive) return;
        recorder.load(payload.rows, {}, linkTweaks);
        latest.current.onShown({ kind: 'link', payload });
      },
      (e: unknown) => {
        if (alive) latest.current.onLinkError(`${e instanceof Error ? e.message : String(e)} Showing the link's settings without its results.`);
      },
    );
    return () => {
      alive = false;
    };
  }, [results, recorder, linkTweaks]);

  return recorded;
}
