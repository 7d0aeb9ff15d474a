/** A Plotly layout note centred on empty axes, saying why they are empty and what fills them (DESIGN.md: no empty axes without a reason). */
import type { Layout } from 'plotly.js-dist-min';

export function emptyNote(empty: boolean, text: string): Partial<Layout> {
  if (!empty) return {};
  return {
    annotations: [{ text, xref: 'paper', yref: 'paper', x: 0.5, y: 0.5, showarrow: false, font: { size: 13, color: '#666' } }],
  };
}
