/**
 * The one plot theme: font, margins, palette, hover format, and a legend that
 * sits in its own band between the title and the plot area, so it never
 * covers an axis title or a second axis. Recorded traces are drawn faded and
 * dotted in the colour of the live trace they match (same index).
 * Pure functions of (data, layout): tested without a browser.
 */
import type { Data, Layout, ScatterData } from 'plotly.js-dist-min';

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

/**
 * The traces to draw: the live ones, and when given, the recorded run's traces
 * (computed by the same function) behind them, faded, dotted, and named
 * "… (recorded)" with one legend entry for all of them.
 */
export function themedData(live: readonly Data[], recorded?: readonly Data[]): Data[] {
  const coloured = withColours(live);
  if (!recorded?.length) return coloured;
  const ghosts = withColours(recorded).map((t, i): Data => {
    const name = i === 0 ? 'recorded run' : `${'name' in t ? (t.name ?? '') : ''} (recorded)`;
    const ghost = { opacity: 0.35, legendgroup: 'recorded', showlegend: i === 0, name };
    return isLineTrace(t) ? { ...t, ...ghost, line: { ...t.line, dash: 'dot' } } : { ...t, ...ghost };
  });
  return [...ghosts, ...coloured];
}
