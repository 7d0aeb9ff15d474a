import { describe, expect, it } from 'vitest';
import { presetParams } from '../../../core/params/presets';
import { gopherFamily } from '../family';
import { gopherSchema } from '../params';
import { gopherPresets } from '../presets';
import { testRecording } from './testRecording';
import { trainingFigure } from './training';

describe('trainingFigure', () => {
  it('draws one training line per model, steps counted within each model, evaluation rows left out', () => {
    const { data, layout } = trainingFigure(testRecording());
    expect(data.map((d) => d.name)).toEqual(['model 1', 'model 2']);
    expect(data.map((d) => ('x' in d ? d.x : []))).toEqual([[1, 2], [1, 2]]);
    expect(data.map((d) => ('y' in d ? d.y : []))).toEqual([[3, 2.5], [3.1, 2.4]]);
    expect(layout?.annotations).toBeUndefined();
  });

  it('names the lines from the family, and says what fills it before a run', () => {
    const family = gopherFamily(presetParams(gopherSchema, gopherPresets, 'tiny'));
    const named = trainingFigure(testRecording({ family }));
    expect(named.data.map((d) => d.name)).toEqual([family[0].name, family[1].name]);
    expect(trainingFigure({ rows: [], artifacts: {} }).layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
