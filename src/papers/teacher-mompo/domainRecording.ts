/**
 * The recording a domain's view draws. The three domains share one panel and
 * one recorder, so a recording of another domain (the recorded point-mass run
 * while the humanoid is chosen) reads as empty, and no view draws another
 * domain's curves. A recording that has not yet said its domain (a run just
 * started) is taken as the shown domain's.
 */
import type { RunRecord } from '../../core/history/runRecord';
import { latestValue, typedRecording } from '../../core/runner/RunRecorder';
import type { TeacherArtifacts, TeacherMetric, TeacherRecording } from './experiment';
import type { Domain } from './params';

export const NO_RECORDING: TeacherRecording = { rows: [], tweaks: [], progress: null, artifacts: {} };

export function ofDomain(rec: TeacherRecording, domain: Domain): TeacherRecording {
  const setup = rec.artifacts.setup;
  return setup && setup.domain !== domain ? NO_RECORDING : rec;
}

/**
 * The compared run (the recorded run, or the one a restart replaced) to draw
 * faded behind the reader's, when it is of this domain: a stored run of this
 * paper, written by this experiment, read under its types.
 */
export function comparedOf(run: RunRecord | null, domain: Domain): TeacherRecording | null {
  if (!run || run.params.domain !== domain) return null;
  return ofDomain(typedRecording<TeacherArtifacts, TeacherMetric>({ rows: run.rows, tweaks: run.tweaks ?? [], progress: null, artifacts: run.artifacts }), domain);
}

/** A metric's latest value in the recording (the metric cards), or undefined before any row carries it. */
export function latest(rec: TeacherRecording, key: TeacherMetric): number | undefined {
  return latestValue(rec.rows, key);
}
