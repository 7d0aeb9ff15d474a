/**
 * The panel's first figure: the live sweep's IsoFLOP profiles (Approach 2,
 * the paper's Figure 3) and its training curves against compute with their
 * envelope (Approach 1, Figure 2). Before any run both show the recorded
 * run; after one, the compared run (the one a restart replaced, or the
 * recorded run) stays behind the reader's, faded.
 */
import { Plot } from '../../ui/Plot';
import { useComparedFigure } from '../../ui/useComparedFigure';
import type { ExperimentRun } from '../../ui/useExperimentRun';
import type { ChinchillaArtifacts, ChinchillaMetric } from './experiment';
import type { ChinchillaParams } from './params';
import { curvesFigure } from './plots/curves';
import { isoFlopFigure } from './plots/isoFlop';

export function SweepFigure({ run }: { run: ExperimentRun<ChinchillaParams, ChinchillaArtifacts, ChinchillaMetric> }) {
  const rec = run.recording;
  const compared = run.compare?.recording ?? null;
  const iso = useComparedFigure(isoFlopFigure, rec, compared);
  const curves = useComparedFigure(curvesFigure, rec, compared);
  return (
    <div className="plots-2">
      <Plot name="chinchilla-isoflop" height={360} {...iso} />
      <Plot name="chinchilla-curves" height={360} {...curves} />
    </div>
  );
}
