/**
 * A Plotly chart: Plotly loads with the first chart (never with the home page),
 * mounts once, updates with Plotly.react, and is purged on unmount.
 * `name` becomes data-plot for tests and the PNG/SVG file name. Every chart
 * goes through the one theme (plotTheme). While the page shows its recorded
 * run the chart says so; once the reader runs, `recorded` (the same traces
 * computed from the page's compared run: the recorded run, or the run a
 * restart replaced) is drawn faded behind the live ones. A chart over the
 * run's steps (`steps`) marks each live change with a rule and its value.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Data, Layout, PlotlyHTMLElement } from 'plotly.js-dist-min';
import { recordedLabel } from '../core/history/provenance';
import { usePageRun } from './PageRunContext';
import { drawsPoints } from './plotNote';
import { themedData, themedLayout, withTweakMarks, xExtent } from './plotTheme';

// The partial bundle (scatter, bar, heatmap, contour are all we draw: a third of the full one's size).
type PlotlyModule = typeof import('plotly.js-cartesian-dist-min');
let plotlyPromise: Promise<PlotlyModule> | null = null;
const loadPlotly = () => (plotlyPromise ??= import('plotly.js-cartesian-dist-min').then((m) => ('default' in m ? (m.default as PlotlyModule) : m)));

export interface PlotProps {
  name: string;
  data: Data[];
  layout?: Partial<Layout>;
  height?: number;
  /** The same traces computed from the page's compared run (`run.compare`), drawn faded behind a live run. */
  recorded?: Data[] | null;
  /** The x axis is the run's step: live changes are marked on it. */
  steps?: boolean;
}


export function Plot({ name, data, layout, height = 320, recorded, steps = false }: PlotProps) {
  const el = useRef<HTMLDivElement>(null);
  const [plotly, setPlotly] = useState<PlotlyModule | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = usePageRun();
  // The mark only on a chart that draws something: a chart the recorded run has nothing for (another
  // domain or setting than the one recorded) stays unmarked, with its own empty note.
  const showingRecorded = run?.origin.kind === 'recorded' && drawsPoints(data) ? run.origin.run.provenance : undefined;
  const ghosts = run && run.origin.kind !== 'recorded' && run.showRecorded && recorded ? recorded : undefined;
  const ghostKind = run?.compare?.kind ?? 'recorded';
  const traces = useMemo(() => themedData(data, ghosts, ghostKind), [data, ghosts, ghostKind]);
  // Panels often pass the layout inline, a new object at each render: keyed by value, a chart is
  // redrawn only when its layout really changes (a redraw of every chart at each render of the
  // page made a change of setting cost seconds on a slow machine).
  const layoutJson = JSON.stringify(layout ?? {});
  const sameLayout = useMemo((): Partial<Layout> => JSON.parse(layoutJson), [layoutJson]);
  const tweaks = steps ? run?.recording.tweaks : undefined;
  const schema = run?.page.schema;
  const fullLayout = useMemo(
    () => themedLayout(traces, tweaks && schema ? withTweakMarks(sameLayout, tweaks, schema, xExtent(traces)) : sameLayout, height),
    [traces, sameLayout, height, tweaks, schema],
  );

  useEffect(() => {
    let alive = true;
    loadPlotly().then((p) => alive && setPlotly(p), (e: unknown) => alive && setError(String(e)));
    return () => {
      alive = false;
    };
  }, []);

  // Plotly draws asynchronously, and a chart purged mid-draw throws from inside Plotly
  // ("_redrawFromAutoMarginCount" of undefined: found by e2e/hostileLinks.spec.ts, which
  // leaves pages quickly). So draws and the final purge run one after another.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const gone = useRef(false);

  useEffect(() => {
    const node = el.current;
    if (!plotly || !node) return;
    queue.current = queue.current
      .then(() => (gone.current ? undefined : plotly.react(node, traces, fullLayout, { responsive: true, displaylogo: false })))
      .catch((e: unknown) => {
        if (!gone.current) setError(String(e));
      });
  }, [plotly, traces, fullLayout]);

  useEffect(() => {
    const node = el.current;
    gone.current = false;
    return () => {
      gone.current = true;
      if (node && plotly) queue.current = queue.current.then(() => plotly.purge(node));
    };
  }, [plotly]);

  const save = (format: 'png' | 'svg') => {
    if (plotly && el.current) void plotly.downloadImage(el.current as unknown as PlotlyHTMLElement, { format, filename: name, width: 1200, height: 700 });
  };

  return (
    <figure className="plot">
      {error ? <p role="alert">The chart could not be drawn: {error}</p> : null}
      <div ref={el} data-plot={name} data-tweaks={tweaks?.length ?? 0} style={{ minHeight: height }} />
      <div className="plot-save">
        <button type="button" className="link-button" onClick={() => save('png')} disabled={!plotly}>Save PNG</button>
        <button type="button" className="link-button" onClick={() => save('svg')} disabled={!plotly}>SVG</button>
        {/* Below the chart, not over it: over it, it hid the x-axis title of narrow charts. */}
        {showingRecorded ? <span className="plot-badge" data-testid="recorded-badge" title={recordedLabel(showingRecorded)}>{recordedLabel(showingRecorded)}</span> : null}
      </div>
    </figure>
  );
}
