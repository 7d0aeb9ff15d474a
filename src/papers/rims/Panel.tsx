/** The RIMs panel: who is active when, RIMs against a parameter-matched LSTM at longer test lengths, then the cell in prose. */
import { useCallback, useMemo } from 'react';
import type { PaperOf } from '../../core/paper';
import { latestValue } from '../../core/runner/RunRecorder';
import { PanelPage } from '../../ui/PanelPage';
import { Plot } from '../../ui/Plot';
import { useComparedFigure } from '../../ui/useComparedFigure';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { useWorkerResult } from '../../ui/useWorkerResult';
import type { RimsMetric, rimsExperiment } from './experiment';
import { activityFigure } from './plots/activity';
import { byLengthFigure } from './plots/byLength';
import { testLossFigure } from './plots/testLoss';
import { trainingLossFigure } from './plots/trainingLoss';
import { RimsProse, RimsScale } from './RimsProse';
import type { TaskPreview } from './taskPreview';
import type { TaskPreviewInput } from './taskPreview.worker';

const makePreviewWorker = () => new Worker(new URL('./taskPreview.worker.ts', import.meta.url), { type: 'module', name: 'rims-preview' });

export default function RimsPanel({ paper }: { paper: PaperOf<typeof rimsExperiment> }) {
  const run = useExperimentRun(paper);
  const rec = run.recording;
  const { params } = run;
  // The compared run (the one a restart replaced, or the recorded run), faded behind the reader's.
  const compared = run.compare?.recording ?? null;
  const info = rec.artifacts.models;
  const latest = (key: RimsMetric): number | undefined => latestValue(rec.rows, key);
  const classify = params.task !== 'adding';
  const previewInput = useMemo<TaskPreviewInput>(() => ({ params, seed: run.seed }), [params, run.seed]);
  const preview = useWorkerResult<TaskPreviewInput, TaskPreview | null>(makePreviewWorker, previewInput).value;

  const activity = useMemo(() => activityFigure(rec, params, preview), [rec, params, preview]);
  const training = useComparedFigure(useCallback((r: typeof rec) => trainingLossFigure(r, params), [params]), rec, compared);
  const testLoss = useComparedFigure(useCallback((r: typeof rec) => testLossFigure(r, params), [params]), rec, compared);
  const byLength = useMemo(() => byLengthFigure(rec, params), [rec, params]);
  const labels = info?.evalLabels ?? [];
  const testLabel = labels[labels.length - 1] ?? 'test';

  const figure = (
    <>
      <Plot name="rims-activity" height={300} {...activity} />
      <div className="plots-2">
        <Plot name="rims-training" height={260} {...training} steps />
        <Plot name="rims-test-curves" height={260} {...testLoss} steps />
      </div>
    </>
  );

  return (
    <PanelPage paper={paper} run={run} figure={figure}
      metrics={[
        { label: 'RIMs parameters', value: info?.rimsParams, digits: 6 },
        { label: 'LSTM parameters', value: info?.lstmParams, digits: 6 },
        { label: `RIMs ${classify ? 'accuracy' : 'within 0.04'} at ${testLabel}`, value: latest('rimsTestAcc') },
        { label: `LSTM ${classify ? 'accuracy' : 'within 0.04'} at ${testLabel}`, value: latest('lstmTestAcc') },
      ]}
      closing={<RimsScale />}
    >
      <p className="hint">
        Each column of the heat map is one time step of a test sequence; blue cells are the {run.params.active} modules that won the competition
        for the input. On copying, watch whether the modules that read the symbols differ from those that stay on through the gap and those that
        write the answer.
      </p>
      <RimsProse />

      <section id="lengths">
        <h2>Longer than in training</h2>
        <Plot name="rims-by-length" height={300} {...byLength} />
      </section>
    </PanelPage>
  );
}
