/**
 * A chart with nothing to draw yet says why, in its middle, instead of showing
 * bare axes (DESIGN.md, "The first screen"): `noteWhenEmpty(data, layout, text)`
 * adds the note only while no trace has a point.
 */
import type { Data, Layout } from 'plotly.js-dist-min';

function hasPoints(t: Data): boolean {
  const n = (v: unknown) => (Array.isArray(v) || ArrayBuffer.isView(v) ? (v as ArrayLike<unknown>).length : 0);
  return ('x' in t && n(t.x) > 0) || ('y' in t && n(t.y) > 0) || ('z' in t && n(t.z) > 0);
}

/** Whether any trace has a point (x, y or z values). */
export function drawsPoints(data: readonly Data[]): boolean {
  return data.some(hasPoints);
}

export function noteWhenEmpty(data: readonly Data[], layout: Partial<Layout>, text: string): Partial<Layout> {
  if (drawsPoints(data)) return layout;
  return {
    ...layout,
    annotations: [...(layout.annotations ?? []), { text, xref: 'paper', yref: 'paper', x: 0.5, y: 0.5, showarrow: false, font: { size: 13, color: '#66615a' } }],
  };
}
