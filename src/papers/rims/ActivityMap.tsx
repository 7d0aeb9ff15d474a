/**
 * The activation heat map (plots/activityFigure): which modules were active
 * at each step of one test sequence, with that sequence's input under it;
 * before any evaluation, the input the run will test on. Redrawn at every
 * evaluation while the run trains.
 */
import { useMemo } from 'react';
import { Plot } from '../../ui/Plot';
import type { Activity } from './experiment';
import type { RimsTask } from './params';
import { activityLayout, activityTraces } from './plots/activityFigure';
import type { TaskPreview } from './taskPreview';

export function ActivityMap({ activity, preview, task, height = 320 }: { activity: Activity | null; preview: TaskPreview | null; task: RimsTask; height?: number }) {
  const data = useMemo(() => activityTraces(activity, preview, task), [activity, preview, task]);
  const layout = useMemo(() => activityLayout(activity, preview), [activity, preview]);
  return <Plot name="rims-activity" height={height} data={data} layout={layout} />;
}
