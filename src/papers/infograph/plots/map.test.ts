import { describe, expect, it } from 'vitest';
import { paletteColour } from '../../../ui/plotTheme';
import { mapFigure } from './map';
import { testRecording } from './testRecording';

describe('mapFigure', () => {
  it('draws one trace per class, every graph once, in the theme\'s colours, titled with the epoch', () => {
    const map = { epoch: 4, x: [0, 1, 2, 3], y: [4, 5, 6, 7], labels: [1, 0, 1, 1], classNames: ['no', 'yes'] };
    const { data, layout } = mapFigure(testRecording({ map }));
    expect(data.map((d) => d.name)).toEqual(['no', 'yes']);
    expect(data[0]).toMatchObject({ x: [1], y: [5], text: ['graph 1'], marker: { color: paletteColour(0) } });
    expect(data[1]).toMatchObject({ x: [0, 2, 3], y: [4, 6, 7], marker: { color: paletteColour(1) } });
    expect(layout?.title).toMatchObject({ text: 'UMAP of graph embeddings, epoch 4' });
    expect(layout?.annotations).toBeUndefined();
  });

  it('is empty, with a note, before a run', () => {
    const { data, layout } = mapFigure(testRecording());
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/untrained encoder/);
  });
});
