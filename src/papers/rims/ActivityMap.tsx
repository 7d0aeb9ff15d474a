/**
 * The activation heat map: which modules were active at each step of one test
 * sequence (modules × time), with that sequence's input in a strip under it.
 * Redrawn at every evaluation while the run trains.
 */
import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js-dist-min';
import { Plot } from '../../ui/Plot';
import type { Activity } from './experiment';
import type { RimsTask } from './params';

const INPUT_NAME: Record<RimsTask, string> = { copying: 'token', digits: 'pixel', adding: 'value (marked < 0)' };

export function ActivityMap({ activity, task }: { activity: Activity | null; task: RimsTask }) {
  const data = useMemo<Data[]>(() => {
    if (!activity) return [];
    const T = activity.mask.length;
    const t = Array.from({ length: T }, (_, i) => i);
    const z = Array.from({ length: activity.modules }, (_, k) => activity.mask.map((col) => col[k])); // [K][T]
    return [
      {
        type: 'heatmap', name: 'active', x: t, y: z.map((_, k) => `RIM ${k + 1}`), z, zmin: 0, zmax: 1, showscale: false,
        colorscale: [[0, '#f1efe9'], [1, '#1f5fbf']], xgap: 1, ygap: 2, hovertemplate: 'step %{x}, %{y}: %{z}<extra></extra>',
      },
      {
        type: 'heatmap', name: INPUT_NAME[task], x: t, y: [INPUT_NAME[task]], z: [activity.input], xaxis: 'x', yaxis: 'y2',
        colorscale: 'Greys', reversescale: task !== 'digits', showscale: false, xgap: 1,
        hovertemplate: `step %{x}: ${INPUT_NAME[task]} %{z}<extra></extra>`,
      },
    ];
  }, [activity, task]);
  const layout = useMemo<Partial<Layout>>(() => ({
    title: { text: activity ? `Active modules on one test sequence (${activity.label}), after step ${activity.step}` : 'Active modules (after the first evaluation)' },
    xaxis: { title: { text: 'time step' } },
    yaxis: { domain: [0.28, 1], autorange: 'reversed' },
    yaxis2: { domain: [0, 0.18] },
    showlegend: false,
  }), [activity]);
  return <Plot name="rims-activity" height={320} data={data} layout={layout} />;
}
