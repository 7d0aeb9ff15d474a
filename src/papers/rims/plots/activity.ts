/**
 * The activity heat map: which modules were active at each step of one test
 * sequence (modules × time), with the sequence's input in a strip under it.
 * Before any evaluation it draws the input strip alone, from the sequence the
 * run will test on (taskPreview), and says what is missing.
 */
import type { Data, Layout } from 'plotly.js-dist-min';
import type { Figure } from '../../../ui/figure';
import type { RimsRecording } from '../experiment';
import type { RimsParams, RimsTask } from '../params';
import type { TaskPreview } from '../taskPreview';
import { MODEL_COLOUR } from './models';

const INPUT_NAME: Record<RimsTask, string> = { copying: 'token', digits: 'pixel', adding: 'value (marked < 0)' };
/** An inactive module's cell: a pale warm grey, so the active ones stand out. */
const IDLE_COLOUR = '#f1efe9';

function inputStrip(input: readonly number[], task: RimsTask): Data {
  return {
    type: 'heatmap', name: INPUT_NAME[task], x: input.map((_, t) => t), y: [INPUT_NAME[task]], z: [[...input]], xaxis: 'x', yaxis: 'y2',
    colorscale: 'Greys', reversescale: task !== 'digits', showscale: false, xgap: 1,
    hovertemplate: `step %{x}: ${INPUT_NAME[task]} %{z}<extra></extra>`,
  };
}

export function activityFigure(rec: Pick<RimsRecording, 'artifacts'>, params: Pick<RimsParams, 'task'>, preview: TaskPreview | null): Figure {
  const { activity } = rec.artifacts;
  const { task } = params;
  let data: Data[];
  if (!activity) data = preview ? [inputStrip(preview.input, task)] : [];
  else {
    const t = activity.mask.map((_, i) => i);
    const z = Array.from({ length: activity.modules }, (_, k) => activity.mask.map((col) => col[k])); // [K][T]
    data = [
      {
        type: 'heatmap', name: 'active', x: t, y: z.map((_, k) => `RIM ${k + 1}`), z, zmin: 0, zmax: 1, showscale: false,
        colorscale: [[0, IDLE_COLOUR], [1, MODEL_COLOUR.rims]], xgap: 1, ygap: 2, hovertemplate: 'step %{x}, %{y}: %{z}<extra></extra>',
      },
      inputStrip(activity.input, task),
    ];
  }
  const title = activity
    ? `Active modules on one test sequence (${activity.label}), after step ${activity.step}`
    : preview
      ? `The test sequence the heat map will show (${preview.label})`
      : 'Active modules';
  const note = activity
    ? []
    : [{
      text: preview ? 'Which modules are active at each step appears here after the first evaluation.' : 'This setting gives sequences too long to unroll: shorten the test length.',
      xref: 'paper' as const, yref: 'paper' as const, x: 0.5, y: 0.65, showarrow: false, font: { size: 13, color: '#66615a' },
    }];
  const layout: Partial<Layout> = {
    title: { text: title },
    // Ticks and title under the input strip, so the strip never sits on the axis title.
    xaxis: { title: { text: 'time step' }, anchor: 'y2' },
    yaxis: { domain: [0.28, 1], autorange: 'reversed', visible: activity !== undefined },
    yaxis2: { domain: [0, 0.18] },
    showlegend: false,
    annotations: note,
  };
  return { data, layout };
}
