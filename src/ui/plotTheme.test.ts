import { describe, expect, it } from 'vitest';
import type { Data } from 'plotly.js-dist-min';
import { PALETTE, themedData, themedLayout, tweakMarks, withTweakMarks, xExtent } from './plotTheme';

const line = (name: string): Data => ({ type: 'scatter', mode: 'lines', name, x: [1, 2], y: [3, 4] });

describe('plot theme', () => {
  it('puts the legend in its own band above the plot, growing the top margin by rows', () => {
    const one = themedLayout([line('a'), line('b')], { title: { text: 't' } });
    const many = themedLayout(Array.from({ length: 9 }, (_, i) => line(`m${i}`)), { title: { text: 't' } });
    expect(one.legend).toMatchObject({ orientation: 'h', yanchor: 'bottom', y: 1 });
    expect(many.margin!.t!).toBeGreaterThan(one.margin!.t!);
    expect(themedLayout([line('a'), line('b')], { showlegend: false }).margin!.t).toBe(12);
  });

  it('draws a second axis over the first, on the right, with room for it; a stacked one stays where the chart put it', () => {
    const twin = themedLayout([line('a')], { yaxis2: { title: { text: 'accuracy' }, range: [0, 1] } });
    expect(twin.yaxis2).toEqual({ overlaying: 'y', side: 'right', title: { text: 'accuracy' }, range: [0, 1] });
    expect(twin.margin!.r).toBeGreaterThan(themedLayout([line('a')]).margin!.r!);
    expect(themedLayout([line('a')], { yaxis2: { domain: [0, 0.2] } }).yaxis2).toEqual({ domain: [0, 0.2] });
    expect(themedLayout([line('a')]).yaxis2).toBeUndefined();
  });

  it('draws recorded traces faded, dotted, behind and in the colour of their live twins', () => {
    const out = themedData([line('loss'), line('val')], [line('loss'), line('val')]);
    expect(out).toHaveLength(4);
    const [g0, g1, l0, l1] = out as { opacity?: number; line?: { color?: string; dash?: string }; showlegend?: boolean; name?: string }[];
    expect(g0.opacity).toBeLessThan(1);
    expect(g0.line?.dash).toBe('dot');
    expect(g0.line?.color).toBe(l0.line?.color);
    expect(g1.line?.color).toBe(l1.line?.color);
    expect(l0.line?.color).toBe(PALETTE[0]);
    expect([g0.showlegend, g1.showlegend]).toEqual([true, false]);
    expect(g0.name).toBe('recorded run');
  });

  it('keeps a colour the chart chose itself', () => {
    const [t] = themedData([{ type: 'scatter', x: [1], y: [1], line: { color: '#000' } }]) as { line?: { color?: string } }[];
    expect(t.line?.color).toBe('#000');
  });
});

describe('tweak marks', () => {
  const schema = { lr: { kind: 'number', key: 'lr', label: 'Learning rate', default: 0.01, min: 0, max: 1, live: true } } as const;
  const tweaks = [{ after: 4, step: 40, name: 'lr', value: 0.003 }, { after: 9, step: 90, name: 'lr', value: 0.001 }];

  it('draws a dotted rule and a short label at each change, on the x axis of steps', () => {
    const { shapes, annotations } = tweakMarks(tweaks, schema);
    expect(shapes.map((s) => [s.x0, s.x1, s.yref])).toEqual([[40, 40, 'paper'], [90, 90, 'paper']]);
    expect(annotations.map((a) => a.text)).toEqual(['lr 0.003', 'lr 0.001']);
  });

  it('keeps the chart\'s own shapes and leaves out changes outside its steps', () => {
    const layout = withTweakMarks({ shapes: [{ type: 'rect' }] }, tweaks, schema, xExtent([{ x: [1, 50] }]));
    expect(layout.shapes).toHaveLength(2);
    expect(layout.annotations?.map((a) => a.text)).toEqual(['lr 0.003']);
    expect(withTweakMarks({}, [], schema)).toEqual({});
    expect(xExtent([{ y: [1] }, { x: ['a', 3, 7, NaN] }])).toEqual([3, 7]);
  });
});
