/** A trace's x and y, for the chart tests. */
import type { Data } from 'plotly.js-dist-min';

export const xy = (d: Data) => ({ x: 'x' in d ? d.x : undefined, y: 'y' in d ? d.y : undefined });
