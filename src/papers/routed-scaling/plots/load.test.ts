import { describe, expect, it } from 'vitest';
import { loadFigure } from './load';
import { testRecording, xy } from './testRecording';

describe('loadFigure', () => {
  it('a bar per layer over the experts, and the even share', () => {
    const { data, layout } = loadFigure(testRecording().artifacts);
    expect(data.map(xy)).toEqual([{ x: ['expert 0', 'expert 1'], y: [0.75, 0.25] }, { x: ['expert 0', 'expert 1'], y: [0.5, 0.5] }]);
    expect(layout?.title).toEqual({ text: 'Expert load, S-BASE E=2, step 2' });
  });

  it('says when it appears before a routed model has trained', () => {
    const { data, layout } = loadFigure({});
    expect(data).toEqual([]);
    expect(layout?.title).toEqual({ text: 'Expert load (appears with the first routed model)' });
  });
});
