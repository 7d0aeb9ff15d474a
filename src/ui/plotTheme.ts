/**
 * The one plot theme: font, margins, palette, hover format, a second y axis
 * over the first on the right (when a chart names one and does not stack it), and a legend that
 * sits in its own band between the title and the plot area, so it never
 * covers an axis title or a second axis. Recorded traces are drawn faded and
 * dotted in the colour of the live trace they match (same index).
 * Pure functions of (data, layout): tested without a browser.
 */
import type { Data, Layout, ScatterData } from 'plotly.js-dist-min';
import { formatNumber } from '../core/params/values';
import type { Schema } from '../core/params/schema';
import type { Tweak } from '../core/params/tweaks';

export const PALETTE = ['#1f5fbf', '#d9480f', '#2b8a3e', '#862e9c', '#c92a2a', '#0e7490', '#a16207', '#be185d', '#4d7c0f', '#5b21b6'] as const;

export const paletteColour = (i: number): string => PALETTE[((i % PALETTE.length) + PALETTE.length) % PALETTE.length];

/** Legend entries per row before the band wraps; each row takes LEGEND_ROW_PX. */
const LEGEND_PER_ROW = 4;
const LEGEND_ROW_PX = 20;

function legendEntries(data: readonly Data[], layout: Partial<Layout>): number {
  if (layout.showlegend === false) return 0;
  const shown = data.filter((t) => !('showlegend' in t && t.showlegend === false) && 'name' in t && t.name);
  const groups = new Set(shown.map((t, i) => ('legendgroup' in t && t.legendgroup) || `#${i}`));
  // Plotly hides the legend of a lone trace unless asked.
  return groups.size > 1 || layout.showlegend === true ? groups.size : 0;
}

export function themedLayout(data: readonly Data[], layout: Partial<Layout> = {}, height = 320): Partial<Layout> {
  const entries = legendEntries(data, layout);
  const legendRows = Math.ceil(entries / LEGEND_PER_ROW);
  const hasTitle = !!layout.title;
  const top = (hasTitle ? 34 : 12) + legendRows * LEGEND_ROW_PX;
  const right = layout.yaxis2 ? 60 : 16;
  return {
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    font: { family: 'inherit', size: 12 },
    colorway: [...PALETTE],
    hoverlabel: { namelength: -1 },
    height,
    ...layout,
    margin: { l: 60, r: right, t: top, b: 48, ...layout.margin },
    title: hasTitle ? { x: 0.01, xanchor: 'left', y: 1, yanchor: 'top', yref: 'container', pad: { t: 8 }, font: { size: 13 }, ...(typeof layout.title === 'object' ? layout.title : { text: String(layout.title) }) } : undefined,
    legend: { orientation: 'h', x: 0, xanchor: 'left', y: 1, yanchor: 'bottom', yref: 'paper', font: { size: 11 }, ...layout.legend },
    xaxis: { automargin: true, ...layout.xaxis },
    yaxis: { automargin: true, ...layout.yaxis },
    // A chart names its second axis; unless it stacks it in a domain of its own, the theme draws it over the first, on the right.
    ...(layout.yaxis2 && !layout.yaxis2.domain ? { yaxis2: { overlaying: 'y', side: 'right', ...layout.yaxis2 } } : {}),
  };
}

function isLineTrace(t: Data): t is Partial<ScatterData> {
  return !('type' in t) || t.type === undefined || t.type === 'scatter' || t.type === 'scattergl';
}

/** Gives each scatter trace without a colour its palette colour by index, so a recorded twin can match it. */
function withColours(data: readonly Data[]): Data[] {
  return data.map((t, i) => {
    if (!isLineTrace(t) || t.line?.color !== undefined || t.marker?.color !== undefined) return t;
    const colour = paletteColour(i);
    return { ...t, line: { ...t.line, color: colour }, marker: { ...t.marker, color: colour } };
  });
}

/** Which faded run a chart draws: the panel's recorded run, or the run a restart replaced. */
export type GhostKind = 'recorded' | 'previous';

/**
 * The traces to draw: the live ones, and when given, a faded run's traces
 * (computed by the same function) behind them, faded, dotted, and named
 * "… (recorded)" or "… (previous)" with one legend entry for all of them
 * (legend group `recorded` or `previous`).
 */
export function themedData(live: readonly Data[], faded?: readonly Data[], kind: GhostKind = 'recorded'): Data[] {
  const coloured = withColours(live);
  if (!faded?.length) return coloured;
  const ghosts = withColours(faded).map((t, i): Data => {
    const name = i === 0 ? `${kind} run` : `${'name' in t ? (t.name ?? '') : ''} (${kind})`;
    const ghost = { opacity: 0.35, legendgroup: kind, showlegend: i === 0, name };
    return isLineTrace(t) ? { ...t, ...ghost, line: { ...t.line, dash: 'dot' } } : { ...t, ...ghost };
  });
  return [...ghosts, ...coloured];
}

type Shape = NonNullable<Layout['shapes']>[number];
type Annotation = NonNullable<Layout['annotations']>[number];

const TWEAK_COLOUR = '#6b7280';

function shortValue(v: Tweak['value']): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'on' : 'off';
  return v;
}

/**
 * A thin vertical rule at each live change on a chart whose x axis is the run's
 * step, labelled with the field's short key and its new value ("lr 0.003").
 */
export function tweakMarks(tweaks: readonly Tweak[], schema: Schema): { shapes: Partial<Shape>[]; annotations: Partial<Annotation>[] } {
  const shapes = tweaks.map((t): Partial<Shape> => ({
    type: 'line', xref: 'x', yref: 'paper', x0: t.step, x1: t.step, y0: 0, y1: 1,
    line: { color: TWEAK_COLOUR, width: 1, dash: 'dot' },
  }));
  const annotations = tweaks.map((t, i): Partial<Annotation> => ({
    x: t.step, xref: 'x', yref: 'paper', y: 1 - 0.09 * (i % 3), yanchor: 'top', xanchor: 'left', showarrow: false,
    text: `${schema[t.name]?.key ?? t.name} ${shortValue(t.value)}`, font: { size: 10, color: TWEAK_COLOUR }, bgcolor: 'rgba(255,255,255,0.7)',
  }));
  return { shapes, annotations };
}

/** The smallest and largest numeric x of the traces, or null when there is none. */
export function xExtent(data: readonly Data[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of data) {
    const xs = 'x' in t ? t.x : undefined;
    if (!Array.isArray(xs)) continue;
    for (const x of xs) {
      if (typeof x === 'number' && Number.isFinite(x)) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * A layout with the tweak marks added to its own shapes and annotations, for
 * the changes inside the chart's steps (a chart of one phase of a run, e.g. the
 * VAE's, is not stretched by a change made in a later phase).
 */
export function withTweakMarks(layout: Partial<Layout>, tweaks: readonly Tweak[], schema: Schema, extent: [number, number] | null = null): Partial<Layout> {
  const inside = extent ? tweaks.filter((t) => t.step >= extent[0] && t.step <= extent[1]) : tweaks;
  if (!inside.length) return layout;
  const marks = tweakMarks(inside, schema);
  return { ...layout, shapes: [...(layout.shapes ?? []), ...marks.shapes], annotations: [...(layout.annotations ?? []), ...marks.annotations] };
}
