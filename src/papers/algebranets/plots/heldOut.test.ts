import { describe, expect, it } from 'vitest';
import { heldOutFigure } from './heldOut';
import { testRecording } from './testRecording';

describe('heldOutFigure', () => {
  it('accuracy in % per net on digits, at each evaluation', () => {
    const { data, layout } = heldOutFigure(testRecording(), { task: 'digits' });
    expect(data[0]).toMatchObject({ name: 'R', x: [2], y: [50] });
    expect(data[1]).toMatchObject({ name: 'M2R', x: [], y: [] });
    expect(layout?.yaxis?.title).toEqual({ text: 'held-out accuracy (%)' });
  });

  it('bits per character on text, whatever the params say now', () => {
    const rec = testRecording();
    const chars = heldOutFigure({ ...rec, artifacts: { runs: rec.artifacts.runs?.map((s) => ({ ...s, task: 'chars' as const })) } }, { task: 'digits' });
    expect(chars.data[0]).toMatchObject({ y: [expect.closeTo(2, 3)] });
    expect(chars.layout?.yaxis?.title).toEqual({ text: 'held-out bits per character (lower is better)' });
  });

  it('says what fills it before a run', () => {
    const { data, layout } = heldOutFigure(testRecording({}), { task: 'digits' });
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
