import { describe, expect, it } from 'vitest';
import { MODEL_COLOUR } from './models';
import { testRecording } from './testRecording';
import { trainingLossFigure } from './trainingLoss';

describe('trainingLossFigure', () => {
  it('the training loss of each model that has rows, in its colour', () => {
    const { data, layout } = trainingLossFigure(testRecording(), { task: 'copying' });
    expect(data.map((d) => d.name)).toEqual(['RIMs', 'LSTM']);
    expect(data[0]).toMatchObject({ x: [1, 2], y: [2, 1.5] });
    expect(data[1]).toMatchObject({ x: [1, 2], y: [2.1, 1.9] });
    expect(data[0]).toMatchObject({ line: { color: MODEL_COLOUR.rims } });
    expect(data[1]).toMatchObject({ line: { color: MODEL_COLOUR.lstm } });
    expect(MODEL_COLOUR.rims).not.toBe(MODEL_COLOUR.lstm);
    expect(layout?.yaxis?.title).toEqual({ text: 'cross-entropy (nats)' });
  });

  it('squared error on adding, and a note before a run', () => {
    const { data, layout } = trainingLossFigure({ rows: [] }, { task: 'adding' });
    expect(data).toEqual([]);
    expect(layout?.yaxis?.title).toEqual({ text: 'squared error' });
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
