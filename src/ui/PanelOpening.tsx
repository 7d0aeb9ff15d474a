/**
 * What every panel opens with: the paper's title and citation, the run's
 * notices (bad links, lost devices, NaN losses), and the share link.
 */
import type { Citation } from '../core/paper';
import { Notices } from './Notices';
import { PaperHeading } from './PaperHeading';
import { ShareButton } from './ShareButton';
import type { ExperimentRun } from './useExperimentRun';

export function PanelOpening<P, A extends object, M extends string>({ paper, run }: { paper: { title: string; citation: Citation }; run: ExperimentRun<P, A, M> }) {
  return (
    <>
      <div className="panel-opening">
        <PaperHeading title={paper.title} citation={paper.citation} />
        <ShareButton url={run.shareUrl} />
      </div>
      <Notices notices={run.notices} onDismiss={run.dismissNotices} />
    </>
  );
}
