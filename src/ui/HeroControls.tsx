/**
 * The controls beside a panel's main figure, the same on every panel: the run
 * bar (run, pause, step, reset, progress, the changes made during the run), the
 * settings (preset, key controls, the rest folded by topic) and the run's
 * latest numbers, with a panel's upload between the settings and the numbers.
 */
import type { ReactNode } from 'react';
import type { Presets } from '../core/params/presets';
import type { ParamsOf, Schema } from '../core/params/schema';
import { MetricCards, type Metric } from './MetricCards';
import { RunBar, runBarProps } from './RunBar';
import { RunSettings } from './RunSettings';
import type { ExperimentRun } from './useExperimentRun';

export interface HeroControlsProps<S extends Schema> {
  /** The fields shown in the settings (default: all of the schema's). */
  only?: readonly (keyof S & string)[];
  metrics: Metric[];
  /** What belongs with the settings, between them and the numbers (an upload of the reader's own data). */
  beforeMetrics?: ReactNode;
}

export function HeroControls<S extends Schema, A extends object, M extends string>({ paper, run, only, metrics, beforeMetrics }: HeroControlsProps<S> & {
  paper: { schema: S; presets: Presets<ParamsOf<S>> };
  run: ExperimentRun<ParamsOf<S>, A, M>;
}) {
  return (
    <>
      <RunBar {...runBarProps(run)} />
      <RunSettings paper={paper} run={run} only={only} />
      {beforeMetrics}
      <MetricCards metrics={metrics} />
    </>
  );
}
