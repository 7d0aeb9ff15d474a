/** What the panel hands each domain's view (PointMassView, HumanoidStandView, HumanoidWalkView). */
import type { PaperOf } from '../../core/paper';
import type { ExperimentRun } from '../../ui/useExperimentRun';
import type { teacherExperiment, TeacherArtifacts, TeacherMetric, TeacherRecording } from './experiment';
import type { TeacherParams } from './params';
import type { PreviewState } from './preview/useTeacherPreview';

export type TeacherPaper = PaperOf<typeof teacherExperiment>;
export type TeacherRun = ExperimentRun<TeacherParams, TeacherArtifacts, TeacherMetric>;

export interface DomainViewProps {
  paper: TeacherPaper;
  run: TeacherRun;
  /** The run on screen, empty when it is another domain's (domainRecording.ts). */
  rec: TeacherRecording;
  /** The compared run of this domain, drawn faded behind the reader's; null when there is none. */
  recorded: TeacherRecording | null;
  /** The domain's scene and teachers' own episodes before any run. */
  preview: PreviewState;
}
