/**
 * The panel's first figure: the live sweep's IsoFLOP profiles (Approach 2,
 * the paper's Figure 3) and its training curves against compute with their
 * envelope (Approach 1, Figure 2). Before any run both show the recorded
 * run; after one, the compared run (the one a restart replaced, or the
 * recorded run) stays behind the reader's, faded.
 */
import { useMemo } from 'react';
import { Plot } from '../../ui/Plot';
import type { ExperimentRun } from '../../ui/useExperimentRun';
import { sweepArtifacts } from './artifacts';
import type { ChinchillaParams } from './params';
import { curveTraces, isoFlopTraces } from './sweepPlots';

export function SweepFigure({ run }: { run: ExperimentRun<ChinchillaParams> }) {
  const { runs, analysis } = useMemo(() => sweepArtifacts(run.recording.artifacts), [run.recording.artifacts]);
  const compared = run.compare?.run;
  const recorded = useMemo(() => (compared ? sweepArtifacts(compared.artifacts) : null), [compared]);
  const iso = useMemo(() => isoFlopTraces(runs, analysis), [runs, analysis]);
  const isoRecorded = useMemo(() => (recorded ? isoFlopTraces(recorded.runs, recorded.analysis) : null), [recorded]);
  const curves = useMemo(() => curveTraces(runs, analysis), [runs, analysis]);
  const curvesRecorded = useMemo(() => (recorded ? curveTraces(recorded.runs, recorded.analysis) : null), [recorded]);
  const waiting = runs.length === 0 ? [{ text: 'Press Run: each point is one model trained on exactly its budget', showarrow: false, xref: 'paper' as const, yref: 'paper' as const, x: 0.5, y: 0.5 }] : [];
  return (
    <div className="plots-2">
      <Plot
        name="chinchilla-isoflop" height={360} data={iso} recorded={isoRecorded}
        layout={{ title: { text: 'IsoFLOP profiles: final loss vs size at each budget' }, xaxis: { type: 'log', dtick: 'D2', title: { text: 'parameters N' } }, yaxis: { title: { text: 'final eval loss (nats/char)' } }, annotations: waiting }}
      />
      <Plot
        name="chinchilla-curves" height={360} data={curves} recorded={curvesRecorded}
        layout={{ title: { text: 'Training curves and their envelope (Approach 1)' }, xaxis: { type: 'log', dtick: 'D2', title: { text: 'compute C (FLOPs)' } }, yaxis: { title: { text: 'training loss (nats/char)' } }, showlegend: false, annotations: waiting }}
      />
    </div>
  );
}
