/**
 * A panel's page (DESIGN.md, "The first screen" and "Every panel"): the
 * opening (title, citation, notices, share link), the hero (the main figure
 * with the run's controls beside it), the panel's own sections, and the
 * closing sections (Reproduce, then what browser scale can and cannot show).
 *
 * The hero's controls are the shared HeroControls: the run bar, the settings
 * (`only` the key fields), an upload of the reader's data as `beforeMetrics`,
 * and the panel's latest numbers (`metrics`).
 */
import type { ReactNode } from 'react';
import type { Claim } from '../core/claims';
import type { Citation } from '../core/paper';
import type { Presets } from '../core/params/presets';
import type { ParamsOf, Schema } from '../core/params/schema';
import { HeroControls, type HeroControlsProps } from './HeroControls';
import { PanelClosing } from './PanelClosing';
import { PanelHero } from './PanelHero';
import { PanelOpening } from './PanelOpening';
import type { ExperimentRun } from './useExperimentRun';

export type PanelPageProps<S extends Schema, A extends object, M extends string> = HeroControlsProps<S> & {
  paper: { slug: string; title: string; citation: Citation; claims: readonly Claim[]; schema: S; presets: Presets<ParamsOf<S>> };
  run: ExperimentRun<ParamsOf<S>, A, M>;
  figure: ReactNode;
  /** The panel's sections between the hero and the closing. */
  children?: ReactNode;
  /** What browser scale can and cannot show, after the Reproduce section. */
  closing: ReactNode;
};

export function PanelPage<S extends Schema, A extends object, M extends string>(props: PanelPageProps<S, A, M>) {
  const { paper, run, figure, only, metrics, beforeMetrics, children, closing } = props;
  return (
    <main className="panel">
      <PanelOpening paper={paper} run={run} />
      <PanelHero figure={figure} controls={<HeroControls paper={paper} run={run} only={only} metrics={metrics} beforeMetrics={beforeMetrics} />} />
      {children}
      <PanelClosing paper={paper}>{closing}</PanelClosing>
    </main>
  );
}
