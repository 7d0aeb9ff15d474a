/**
 * Plotly's partial "cartesian" bundle (scatter, bar, heatmap, contour and the other 2-D
 * traces) has no types of its own; its API is the full bundle's, so it reuses those.
 */
declare module 'plotly.js-cartesian-dist-min' {
  import * as Plotly from 'plotly.js-dist-min';
  export = Plotly;
}
