/**
 * Part 2 of the panel: your own scaling study, live. The sweep runs in the
 * worker; this section shows its progress, plots and the three approaches'
 * exponents against the paper's.
 */
import { useMemo } from 'react';
import type { Data } from 'plotly.js-dist-min';
import { series } from '../../core/runner/RunRecorder';
import { MetricCards } from '../../ui/MetricCards';
import { Plot } from '../../ui/Plot';
import type { ExperimentRun } from '../../ui/useExperimentRun';
import type { SweepAnalysis } from './analysis';
import type { SweepRunRecord } from './experiment';
import { PUBLISHED_EXPONENTS } from './laws';
import type { ChinchillaParams } from './params';
import type { SweepPlan } from './sweepPlan';
import { curveTraces, frontierTraces, isoFlopTraces } from './sweepPlots';

function interval(iv: readonly [number, number] | null | undefined): string {
  return iv ? ` (${iv[0].toFixed(2)}, ${iv[1].toFixed(2)})` : '';
}

export function SweepSection({ run }: { run: ExperimentRun<ChinchillaParams> }) {
  const { artifacts, rows } = run.recording;
  const plan = artifacts.plan as SweepPlan | undefined;
  const runs = useMemo(() => (artifacts.runs as SweepRunRecord[] | undefined) ?? [], [artifacts.runs]);
  const analysis = (artifacts.analysis as SweepAnalysis | undefined) ?? null;
  const last = rows[rows.length - 1];
  const currentRun = last?.values.run;

  const live = useMemo<Data[]>(() => {
    const current = rows.filter((r) => r.values.run === currentRun);
    const s = series(current, 'loss');
    return [{ type: 'scatter', mode: 'lines', x: s.x, y: s.y, name: 'training loss', line: { color: '#1f5fbf' } }];
  }, [rows, currentRun]);
  const curves = useMemo(() => curveTraces(runs, analysis), [runs, analysis]);
  const iso = useMemo(() => isoFlopTraces(runs, analysis), [runs, analysis]);
  const front = useMemo(() => frontierTraces(runs, analysis), [runs, analysis]);

  const approaches = analysis
    ? ([
        ['Approach 1', analysis.approach1, PUBLISHED_EXPONENTS['1']],
        ['Approach 2', analysis.approach2, PUBLISHED_EXPONENTS['2']],
        ['Approach 3', analysis.approach3, PUBLISHED_EXPONENTS['3']],
      ] as const)
    : [];

  return (
    <div className="sweep">
      {plan ? (
        <p className="hint" data-testid="sweep-plan">
          {plan.runs.length} runs over {plan.budgets.length} budgets ({plan.budgets[0].toExponential(1)} to{' '}
          {plan.budgets[plan.budgets.length - 1].toExponential(1)} FLOPs), {plan.totalSteps.toLocaleString()} training steps in all.
        </p>
      ) : null}
      <MetricCards
        metrics={[
          { label: 'runs finished', value: runs.length },
          { label: 'current run N', value: last?.values.N },
          { label: 'training loss', value: last?.values.loss, unit: 'nats' },
          { label: 'a (Approach 2)', value: analysis?.approach2.result?.a },
          { label: 'a (Approach 3)', value: analysis?.approach3.result?.a },
        ]}
      />
      <div className="plots-2">
        <Plot name="chinchilla-live" height={280} data={live} layout={{ title: { text: `Current run: training loss by step` }, xaxis: { title: { text: 'sweep step' } }, yaxis: { title: { text: 'loss (nats/char)' } } }} />
        <Plot name="chinchilla-curves" height={280} data={curves} layout={{ title: { text: 'Training curves and their envelope (Approach 1)' }, xaxis: { type: 'log', title: { text: 'FLOPs' } }, yaxis: { title: { text: 'loss' } }, showlegend: false }} />
        <Plot name="chinchilla-isoflop" height={320} data={iso} layout={{ title: { text: 'IsoFLOP profiles (Approach 2): final loss vs parameters' }, xaxis: { type: 'log', title: { text: 'parameters N' } }, yaxis: { title: { text: 'final eval loss' } } }} />
        <Plot name="chinchilla-frontier" height={320} data={front} layout={{ title: { text: 'N_opt against compute, three ways' }, xaxis: { type: 'log', title: { text: 'C (FLOPs)' } }, yaxis: { type: 'log', title: { text: 'N_opt' } } }} />
      </div>
      {analysis ? (
        <table className="claims" data-testid="sweep-exponents">
          <thead>
            <tr><th>approach</th><th>a (N ∝ C^a), 10–90%</th><th>b (D ∝ C^b)</th><th>paper a</th><th>paper b</th><th>note</th></tr>
          </thead>
          <tbody>
            {approaches.map(([name, o, paper]) => (
              <tr key={name}>
                <td>{name}</td>
                <td>{o.result && Number.isFinite(o.result.a) ? o.result.a.toFixed(3) : '–'}{interval(o.intervals?.a)}</td>
                <td>{o.result && Number.isFinite(o.result.b) ? o.result.b.toFixed(3) : '–'}{interval(o.intervals?.b)}</td>
                <td>{paper.a}{interval(paper.aInterval)}</td>
                <td>{paper.b}{interval(paper.bInterval)}</td>
                <td className="hint">{o.error ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
