import { describe, expect, it } from 'vitest';
import { paletteColour } from '../../../ui/plotTheme';
import { curvesFigure } from './curves';
import { finishedArtifacts, testRuns } from './testRecording';

describe('curvesFigure', () => {
  it('draws each run\'s curve against FLOPs in its budget\'s colour, then the Approach 1 envelope', () => {
    const artifacts = finishedArtifacts();
    const { data, layout } = curvesFigure({ artifacts });
    const runs = testRuns();
    expect(data).toHaveLength(runs.length + 1);
    expect(data[4]).toMatchObject({ x: [runs[4].C / 2, runs[4].C], line: { color: paletteColour(1) } });
    const envelope = artifacts.analysis.approach1.result?.envelope ?? [];
    expect(envelope.length).toBeGreaterThan(0);
    expect(data[runs.length]).toMatchObject({ name: 'envelope (Approach 1)', x: envelope.map((e) => e.C) });
    expect(layout?.xaxis?.type).toBe('log');
  });

  it('says what fills it before a run', () => {
    const { data, layout } = curvesFigure({ artifacts: {} });
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
