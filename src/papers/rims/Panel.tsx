/** The RIMs panel: who is active when, RIMs against a parameter-matched LSTM at longer test lengths, then the cell in prose. */
import { useMemo } from 'react';
import type { PaperDef } from '../../core/paper';
import { MetricCards } from '../../ui/MetricCards';
import { PanelClosing } from '../../ui/PanelClosing';
import { PanelHero } from '../../ui/PanelHero';
import { PanelOpening } from '../../ui/PanelOpening';
import { Plot } from '../../ui/Plot';
import { noteWhenEmpty } from '../../ui/plotNote';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { RunSettings } from '../../ui/RunSettings';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { useWorkerResult } from '../../ui/useWorkerResult';
import { ActivityMap } from './ActivityMap';
import type { rimsSchema } from './params';
import { byLengthTraces, testCurveTraces, trainingTraces } from './plots/traces';
import { rimsRecording } from './recordingView';
import { RimsProse, RimsScale } from './RimsProse';
import type { TaskPreview } from './taskPreview';
import type { TaskPreviewInput } from './taskPreview.worker';

const makePreviewWorker = () => new Worker(new URL('./taskPreview.worker.ts', import.meta.url), { type: 'module', name: 'rims-preview' });

export default function RimsPanel({ paper }: { paper: PaperDef<typeof rimsSchema> }) {
  const run = useExperimentRun(paper);
  const live = useMemo(() => rimsRecording(run.recording), [run.recording]);
  const compared = run.compare?.run;
  const recorded = useMemo(() => (compared ? rimsRecording(compared) : null), [compared]);
  const { info, evals, activity, rows } = live;
  const labels = useMemo(() => info?.evalLabels ?? [], [info]);
  const lastStep = evals.length ? evals[evals.length - 1].step : null;
  const latest = (key: 'rimsTestAcc' | 'lstmTestAcc') => rows.findLast((r) => r.values[key] !== undefined)?.values[key];
  const classify = run.params.task !== 'adding';
  const previewInput = useMemo<TaskPreviewInput>(() => ({ params: run.params, seed: run.seed }), [run.params, run.seed]);
  const preview = useWorkerResult<TaskPreviewInput, TaskPreview | null>(makePreviewWorker, previewInput).value;

  const training = useMemo(() => trainingTraces(rows), [rows]);
  const trainingRec = useMemo(() => (recorded ? trainingTraces(recorded.rows) : null), [recorded]);
  const curves = useMemo(() => testCurveTraces(evals, labels), [evals, labels]);
  const curvesRec = useMemo(() => (recorded ? testCurveTraces(recorded.evals, recorded.info?.evalLabels ?? []) : null), [recorded]);
  const byLength = useMemo(() => byLengthTraces(evals, labels, classify), [evals, labels, classify]);
  const lossUnit = run.params.task === 'adding' ? 'squared error' : 'cross-entropy (nats)';
  const testLabel = labels[labels.length - 1] ?? 'test';

  const figure = (
    <>
      <ActivityMap activity={activity} preview={preview} task={run.params.task} height={300} />
      <div className="plots-2">
        <Plot
          name="rims-training" height={260} data={training} recorded={trainingRec} steps
          layout={noteWhenEmpty(training, { title: { text: 'Training loss' }, xaxis: { title: { text: 'training step' } }, yaxis: { title: { text: lossUnit } } }, 'Press Run to train RIMs and the LSTM.')}
        />
        <Plot
          name="rims-test-curves" height={260} data={curves} recorded={curvesRec} steps
          layout={noteWhenEmpty(curves, { title: { text: 'Test loss (solid: training length; dotted: longer)' }, xaxis: { title: { text: 'training step' } }, yaxis: { title: { text: lossUnit } } }, 'Test losses appear at each evaluation.')}
        />
      </div>
    </>
  );
  const controls = (
    <>
      <RunBar {...runBarProps(run)} />
      <RunSettings paper={paper} run={run} />
      <MetricCards
        metrics={[
          { label: 'RIMs parameters', value: info?.rimsParams, digits: 6 },
          { label: 'LSTM parameters', value: info?.lstmParams, digits: 6 },
          { label: `RIMs ${classify ? 'accuracy' : 'within 0.04'} at ${testLabel}`, value: latest('rimsTestAcc') },
          { label: `LSTM ${classify ? 'accuracy' : 'within 0.04'} at ${testLabel}`, value: latest('lstmTestAcc') },
        ]}
      />
    </>
  );

  return (
    <main className="panel">
      <PanelOpening title="Recurrent Independent Mechanisms" paper={paper} run={run} />
      <PanelHero figure={figure} controls={controls} />
      <p className="hint">
        Each column of the heat map is one time step of a test sequence; blue cells are the {run.params.active} modules that won the competition
        for the input. On copying, watch whether the modules that read the symbols differ from those that stay on through the gap and those that
        write the answer.
      </p>
      <RimsProse />

      <section id="lengths">
        <h2>Longer than in training</h2>
        <Plot
          name="rims-by-length"
          height={300}
          data={byLength}
          layout={noteWhenEmpty(byLength, { title: { text: `${classify ? 'Test accuracy' : 'Test squared error'} by length, step ${lastStep ?? '–'}` }, barmode: 'group', xaxis: { title: { text: 'test length' } }, yaxis: classify ? { range: [0, 1], title: { text: 'accuracy (fraction)' } } : { title: { text: 'squared error' } } }, 'Scores by test length appear at each evaluation.')}
        />
      </section>

      <PanelClosing paper={paper}>
        <RimsScale />
      </PanelClosing>
    </main>
  );
}
