import { describe, expect, it } from 'vitest';
import { noteWhenEmpty } from './plotNote';

describe('noteWhenEmpty', () => {
  it('adds the note only while no trace has points', () => {
    const layout = { title: { text: 't' } };
    expect(noteWhenEmpty([], layout, 'Run to train.').annotations?.[0]).toMatchObject({ text: 'Run to train.' });
    expect(noteWhenEmpty([{ type: 'scatter', x: [], y: [] }], layout, 'n').annotations).toHaveLength(1);
    expect(noteWhenEmpty([{ type: 'scatter', x: [1], y: [2] }], layout, 'n')).toBe(layout);
    expect(noteWhenEmpty([{ type: 'heatmap', z: [[1]] }], layout, 'n')).toBe(layout);
  });
});
