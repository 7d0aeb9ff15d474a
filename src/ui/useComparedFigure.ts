/**
 * A chart's figure for the run on screen, with the same traces computed from
 * the page's compared run (`run.compare`: the run a restart replaced, or the
 * panel's recorded run) to draw faded behind it: one pure figure function
 * serves both. `<Plot name=… {...useComparedFigure(lossFigure, rec, compared)} />`.
 * A figure that reads more than the run is given as a callback memoised on
 * what else it reads.
 */
import type { Data } from 'plotly.js-dist-min';
import { useMemo } from 'react';
import type { Figure } from './figure';

export function useComparedFigure<R>(figure: (run: R) => Figure, run: R, compared: R | null): Figure & { recorded: Data[] | null } {
  const live = useMemo(() => figure(run), [figure, run]);
  const recorded = useMemo(() => (compared ? figure(compared).data : null), [figure, compared]);
  return useMemo(() => ({ ...live, recorded }), [live, recorded]);
}
