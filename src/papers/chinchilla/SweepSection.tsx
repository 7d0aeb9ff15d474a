/**
 * The live sweep's results below the first figure: the plan, the loss of
 * every run as it trains, N_opt against compute three ways, and the three
 * approaches' exponents against the paper's.
 */
import { useMemo } from 'react';
import { Plot } from '../../ui/Plot';
import { useComparedFigure } from '../../ui/useComparedFigure';
import type { ExperimentRun } from '../../ui/useExperimentRun';
import type { ChinchillaArtifacts, ChinchillaMetric } from './experiment';
import { PUBLISHED_EXPONENTS } from './laws';
import type { ChinchillaParams } from './params';
import { frontierFigure } from './plots/frontier';
import { sweepLossFigure } from './plots/sweepLoss';
import { planSweep, type SweepPlan } from './sweepPlan';

function interval(iv: readonly [number, number] | null | undefined): string {
  return iv ? ` (${iv[0].toFixed(2)}, ${iv[1].toFixed(2)})` : '';
}

/** The plan of the settings on screen (pure and fast), or why they cannot be run. */
function plannedSweep(p: ChinchillaParams): SweepPlan | string {
  try {
    return planSweep(p);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export function SweepSection({ run }: { run: ExperimentRun<ChinchillaParams, ChinchillaArtifacts, ChinchillaMetric> }) {
  const rec = run.recording;
  const { plan: runPlan, analysis } = rec.artifacts;
  const compared = run.compare?.recording ?? null;
  const planned = useMemo(() => plannedSweep(run.params), [run.params]);
  const plan = runPlan ?? (typeof planned === 'string' ? null : planned);

  const loss = useComparedFigure(sweepLossFigure, rec, compared);
  const front = useComparedFigure(frontierFigure, rec, compared);

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
          {runPlan ? 'This sweep: ' : 'The sweep these settings plan: '}
          {plan.runs.length} runs over {plan.budgets.length} budgets ({plan.budgets[0].toExponential(1)} to{' '}
          {plan.budgets[plan.budgets.length - 1].toExponential(1)} FLOPs), models of {Math.min(...plan.runs.map((r) => r.N)).toLocaleString('en')} to{' '}
          {Math.max(...plan.runs.map((r) => r.N)).toLocaleString('en')} parameters, {plan.totalSteps.toLocaleString('en')} training steps in all.
        </p>
      ) : (
        <p className="error">These settings plan no sweep: {typeof planned === 'string' ? planned : ''}</p>
      )}
      <div className="plots-2">
        <Plot name="chinchilla-live" height={300} {...loss} steps />
        <Plot name="chinchilla-frontier" height={300} {...front} />
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
