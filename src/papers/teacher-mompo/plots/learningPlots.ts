/**
 * The teacher panel's time-series charts as pure functions of a run's metric
 * rows (the live recording, or the recorded run for its faded copy): x is
 * environment steps. Metric names: see experiment.ts.
 */
import type { Data, Layout } from 'plotly.js-dist-min';
import type { MetricRow } from '../../../core/runner/RunRecorder';
import { objectiveColour, TEACHER, WITH, WITHOUT } from './colours';
import { series } from './series';

type Rows = readonly MetricRow[];

const STEPS = { title: { text: 'environment steps' } };

/** Point mass: success rate of the policy mean per evaluation, with and without teachers. */
export function successTraces(rows: Rows): Data[] {
  return [
    { type: 'scatter', mode: 'lines+markers', name: 'with teachers', ...series(rows, 'success'), line: { color: WITH } },
    { type: 'scatter', mode: 'lines+markers', name: 'without teachers', ...series(rows, 'basesuccess'), line: { color: WITHOUT, dash: 'dot' } },
  ];
}

export const SUCCESS_LAYOUT: Partial<Layout> = {
  title: { text: 'Task success rate (policy mean, fixed starts)' }, xaxis: STEPS, yaxis: { range: [-0.05, 1.05], title: { text: 'success rate (fraction of episodes)' } },
};

/** Task return with and without teachers, and each teacher's mean log-likelihood of the agent's action (right axis). */
export function returnTraces(rows: Rows, teachers: readonly string[]): Data[] {
  return [
    { type: 'scatter', mode: 'lines+markers', name: 'task return, with teachers', ...series(rows, 'taskReturn'), line: { color: WITH } },
    { type: 'scatter', mode: 'lines+markers', name: 'task return, without', ...series(rows, 'basetaskReturn'), line: { color: WITHOUT, dash: 'dot' } },
    ...teachers.map((t): Data => ({ type: 'scatter', mode: 'lines+markers', name: `log π_${t} (agent's action)`, yaxis: 'y2', ...series(rows, `ll_${t}`), line: { color: objectiveColour(t), dash: 'dash' } })),
  ];
}

export const RETURNS_LAYOUT: Partial<Layout> = {
  title: { text: 'Per-objective returns' }, xaxis: STEPS, yaxis: { title: { text: 'task return (reward per episode)' } },
  yaxis2: { title: { text: 'mean log π_T (nats)' }, overlaying: 'y', side: 'right' },
};

/** Each objective's temperature η_k (left) and the KL of its E-step weights (right). */
export function dualTraces(rows: Rows, teachers: readonly string[]): Data[] {
  return ['task', ...teachers].flatMap((o): Data[] => [
    { type: 'scatter', mode: 'lines', name: `η ${o}`, ...series(rows, `temp_${o}`), line: { color: objectiveColour(o) } },
    { type: 'scatter', mode: 'lines', name: `KL ${o}`, yaxis: 'y2', ...series(rows, `kl_${o}`), line: { color: objectiveColour(o), dash: 'dot' } },
  ]);
}

export const DUALS_LAYOUT: Partial<Layout> = {
  title: { text: 'Temperatures and E-step KL per objective' }, xaxis: STEPS, yaxis: { type: 'log', title: { text: 'η_k (return units)' } },
  yaxis2: { type: 'log', title: { text: 'KL(q_k ‖ π_old) (nats)' }, overlaying: 'y', side: 'right' },
};

/** A flat line at a teacher's own value across the steps the agents' curves span (nothing before they have points). */
function teacherLine(xs: readonly number[], value: number | undefined, name: string): Data[] {
  if (value === undefined || !xs.length) return [];
  return [{ type: 'scatter', mode: 'lines', name, x: [Math.min(...xs), Math.max(...xs)], y: [value, value], line: { color: TEACHER, dash: 'dash' } }];
}

/** Humanoid: mean head height per evaluation, with and without teachers, and the task's teacher alone. */
export function headHeightTraces(rows: Rows, teacherHead: number | undefined, teacherName: string): Data[] {
  const withT = series(rows, 'headHeight');
  const without = series(rows, 'baseheadHeight');
  return [
    { type: 'scatter', mode: 'lines+markers', name: 'with teachers', ...withT, line: { color: WITH } },
    { type: 'scatter', mode: 'lines+markers', name: 'without teachers', ...without, line: { color: WITHOUT, dash: 'dot' } },
    ...teacherLine([...withT.x, ...without.x], teacherHead, `${teacherName} teacher alone`),
  ];
}

export const HEAD_LAYOUT: Partial<Layout> = {
  title: { text: 'Mean head height per evaluation episode' }, xaxis: STEPS, yaxis: { range: [0, 1.7], title: { text: 'head height (m); standing: 1.4' } },
};

/** Humanoid walk: walk return per evaluation, with and without teachers, and the walk teacher alone. */
export function walkReturnTraces(rows: Rows, teacherReturn: number | undefined): Data[] {
  const withT = series(rows, 'taskReturn');
  const without = series(rows, 'basetaskReturn');
  return [
    { type: 'scatter', mode: 'lines+markers', name: 'with teachers', ...withT, line: { color: WITH } },
    { type: 'scatter', mode: 'lines+markers', name: 'without teachers', ...without, line: { color: WITHOUT, dash: 'dot' } },
    ...teacherLine([...withT.x, ...without.x], teacherReturn, 'walk teacher alone'),
  ];
}

export const WALK_LAYOUT: Partial<Layout> = {
  title: { text: 'Walk return per evaluation episode' }, xaxis: STEPS, yaxis: { title: { text: 'walk return (reward per episode)' } },
};
