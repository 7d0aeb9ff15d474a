/**
 * A panel's page (DESIGN.md, "The first screen" and "Every panel"): the
 * opening (title, citation, notices, share link), the hero (the main figure
 * with the run's controls beside it), the panel's own sections, and the
 * closing sections (Reproduce, then what browser scale can and cannot show).
 *
 * The hero's controls are the shared HeroControls with the panel's latest
 * numbers (`metrics`, `only`, an upload as `beforeMetrics`, more controls as
 * `controlsExtra`), or, for a panel whose settings come from another schema
 * than its paper's, its own `controls`.
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

type HeroSide<S extends Schema> =
  | (Omit<HeroControlsProps<S>, 'children'> & { controlsExtra?: ReactNode; controls?: never })
  | { controls: ReactNode; metrics?: never; only?: never; beforeMetrics?: never; controlsExtra?: never };

export type PanelPageProps<S extends Schema, A extends object, M extends string> = HeroSide<S> & {
  title: string;
  paper: { slug: string; citation: Citation; claims: readonly Claim[]; schema: S; presets: Presets<ParamsOf<S>> };
  run: ExperimentRun<ParamsOf<S>, A, M>;
  figure: ReactNode;
  /** The panel's sections between the hero and the closing. */
  children?: ReactNode;
  /** What browser scale can and cannot show; without it the panel places its own Reproduce section among its children. */
  closing?: ReactNode;
};

export function PanelPage<S extends Schema, A extends object, M extends string>(props: PanelPageProps<S, A, M>) {
  const { title, paper, run, figure, children, closing } = props;
  const controls = props.metrics ? (
    <HeroControls paper={paper} run={run} only={props.only} metrics={props.metrics} beforeMetrics={props.beforeMetrics}>
      {props.controlsExtra}
    </HeroControls>
  ) : (
    props.controls
  );
  return (
    <main className="panel">
      <PanelOpening title={title} paper={paper} run={run} />
      <PanelHero figure={figure} controls={controls} />
      {children}
      {closing !== undefined && <PanelClosing paper={paper}>{closing}</PanelClosing>}
    </main>
  );
}
