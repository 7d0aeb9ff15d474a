/**
 * What a chart's pure function returns (`papers/<slug>/plots/<name>.ts`):
 * its traces and layout, from a recording and params, drawn by `<Plot name=… {...figure} />`.
 * The same function draws a live run, a stored one and an imported run file.
 */
import type { Data, Layout } from 'plotly.js-dist-min';

export interface Figure {
  data: Data[];
  layout?: Partial<Layout>;
}
