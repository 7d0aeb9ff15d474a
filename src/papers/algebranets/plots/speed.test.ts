import { describe, expect, it } from 'vitest';
import { speedFigure } from './speed';
import { result, spec, testRecording } from './testRecording';

describe('speedFigure', () => {
  it('a bar of steps/s per net, titled with the backend', () => {
    const { data, layout } = speedFigure(testRecording({ results: [result(spec('R', 'R'), 0.5), result(spec('M2R', 'M2R'), 0.5, { stepsPerSec: 2 })] }), 'wasm');
    expect(data[0]).toMatchObject({ type: 'bar', x: ['R', 'M2R'], y: [3, 2] });
    expect(layout?.title).toEqual({ text: 'Training steps/s on this backend (wasm)' });
  });

  it('nothing, with a note, before an evaluation', () => {
    const { data, layout } = speedFigure(testRecording(), 'wasm');
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/Measured while/);
  });
});
