/** The RIMs panel: the cell, RIMs against a parameter-matched LSTM at longer test lengths, and who is active when. */
import { useMemo } from 'react';
import type { Data } from 'plotly.js-dist-min';
import type { PaperDef } from '../../core/paper';
import { PanelOpening } from '../../ui/PanelOpening';
import { RunSettings } from '../../ui/RunSettings';
import { MetricCards } from '../../ui/MetricCards';
import { Plot } from '../../ui/Plot';
import { PanelClosing } from '../../ui/PanelClosing';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { ActivityMap } from './ActivityMap';
import type { Activity, EvalPoint, ModelName, ModelsInfo } from './experiment';
import type { rimsSchema } from './params';
import { RimsProse, RimsScale } from './RimsProse';

const COLOR: Record<ModelName, string> = { rims: '#1f5fbf', lstm: '#b3261e' };
const NAME: Record<ModelName, string> = { rims: 'RIMs', lstm: 'LSTM' };

export default function RimsPanel({ paper }: { paper: PaperDef<typeof rimsSchema> }) {
  const run = useExperimentRun(paper);
  const { artifacts, rows } = run.recording;
  const info = (artifacts.models as ModelsInfo | undefined) ?? null;
  const evals = useMemo(() => (artifacts.evals as EvalPoint[] | undefined) ?? [], [artifacts.evals]);
  const activity = (artifacts.activity as Activity | undefined) ?? null;
  const labels = useMemo(() => info?.evalLabels ?? [], [info]);
  const lastStep = evals.length ? evals[evals.length - 1].step : null;
  const latest = (m: ModelName) => rows.findLast((r) => r.values[`${m}TestAcc`] !== undefined)?.values[`${m}TestAcc`];
  const classify = run.params.task !== 'adding';

  const training = useMemo<Data[]>(() => (['rims', 'lstm'] as const).map((m) => {
    const pts = rows.filter((r) => r.values[`${m}Loss`] !== undefined);
    return { type: 'scatter', mode: 'lines', name: NAME[m], x: pts.map((r) => r.step), y: pts.map((r) => r.values[`${m}Loss`]), line: { color: COLOR[m] } };
  }), [rows]);

  const byLength = useMemo<Data[]>(() => (['rims', 'lstm'] as const).flatMap((m) => {
    const now = evals.filter((p) => p.step === lastStep && p.model === m);
    if (!now.length) return [];
    return [{ type: 'bar', name: NAME[m], x: now.map((p) => labels[p.set]), y: now.map((p) => (classify ? p.accuracy : p.loss)), marker: { color: COLOR[m] } }];
  }), [evals, lastStep, labels, classify]);

  const curves = useMemo<Data[]>(() => (['rims', 'lstm'] as const).flatMap((m) => labels.map((l, i) => {
    const pts = evals.filter((p) => p.model === m && p.set === i);
    return { type: 'scatter', mode: 'lines+markers', name: `${NAME[m]} ${l}`, x: pts.map((p) => p.step), y: pts.map((p) => p.loss), line: { color: COLOR[m], dash: i === 0 ? 'solid' : 'dot' } } as Data;
  })), [evals, labels]);

  return (
    <main className="panel">
      <PanelOpening title="Recurrent Independent Mechanisms" paper={paper} run={run} />
      <RimsProse />

      <section>
        <h2>1. Train RIMs and an LSTM of the same size</h2>
        <RunSettings paper={paper} run={run} />
        <RunBar {...runBarProps(run)} />
        <MetricCards
          metrics={[
            { label: 'RIMs parameters', value: info?.rimsParams, digits: 6 },
            { label: 'LSTM parameters', value: info?.lstmParams, digits: 6 },
            { label: `RIMs ${classify ? 'accuracy' : 'within 0.04'} at ${labels[labels.length - 1] ?? 'test'}`, value: latest('rims') },
            { label: `LSTM ${classify ? 'accuracy' : 'within 0.04'} at ${labels[labels.length - 1] ?? 'test'}`, value: latest('lstm') },
          ]}
        />
        <div className="plots-2">
          <Plot name="rims-training" height={300} data={training} layout={{ title: { text: 'Training loss' }, xaxis: { title: { text: 'step' } }, yaxis: { title: { text: run.params.task === 'adding' ? 'squared error' : 'cross-entropy (nats)' } } }} />
          <Plot
            name="rims-by-length"
            height={300}
            data={byLength}
            layout={{ title: { text: `${classify ? 'Test accuracy' : 'Test squared error'} by length, step ${lastStep ?? '–'}` }, barmode: 'group', yaxis: classify ? { range: [0, 1], title: { text: 'accuracy' } } : { title: { text: 'squared error' } } }}
          />
        </div>
        <Plot name="rims-test-curves" height={300} data={curves} layout={{ title: { text: 'Test loss while training (solid: training length; dotted: longer)' }, xaxis: { title: { text: 'step' } }, yaxis: { title: { text: 'loss' } } }} />
      </section>

      <section>
        <h2>2. Who is active when</h2>
        <p className="hint">
          Each column is one time step of a test sequence; blue cells are the {run.params.active} modules that won the competition for the input.
          On copying, watch whether the modules that read the symbols differ from those that stay on through the gap and those that write the answer.
        </p>
        <ActivityMap activity={activity} task={run.params.task} />
      </section>

      <PanelClosing paper={paper}>
        <RimsScale />
      </PanelClosing>
    </main>
  );
}
